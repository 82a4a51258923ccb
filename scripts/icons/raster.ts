// Turns a paint function into an anti-aliased PNG, so every size is drawn from outlines rather than
// scaled from another bitmap (16 px tray icons stay sharp, the 1024 px app icon stays smooth).
import { PNG } from 'pngjs'

/** Straight (not premultiplied) RGBA, channels 0..255; alpha 0 is a hole. */
export type Rgba = readonly [number, number, number, number]
/** Colour at a point of the unit square, or null where this layer paints nothing. */
export type Paint = (x: number, y: number) => Rgba | null

/** The topmost layer that paints a point wins, like stacked stencils. */
export function stack(...layers: readonly Paint[]): Paint {
  return (x, y) => {
    for (const layer of layers) {
      const c = layer(x, y)
      if (c) return c
    }
    return null
  }
}

/** Draws a paint (made for the unit square) into a box of another paint's unit square. */
export function placed(paint: Paint, x0: number, y0: number, size: number): Paint {
  return (x, y) => {
    const u = (x - x0) / size
    const v = (y - y0) / size
    return u < 0 || v < 0 || u > 1 || v > 1 ? null : paint(u, v)
  }
}

/** Renders a size × size image with samples × samples points per pixel (box filter). */
export function rasterize(size: number, paint: Paint, samples: number): PNG {
  const png = new PNG({ width: size, height: size })
  const n = samples * samples
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let [r, g, b, a] = [0, 0, 0, 0]
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const c = paint((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size)
          if (!c) continue
          const alpha = c[3] / 255
          r += c[0] * alpha
          g += c[1] * alpha
          b += c[2] * alpha
          a += alpha
        }
      }
      const i = (py * size + px) * 4
      png.data[i] = a === 0 ? 0 : Math.round(r / a)
      png.data[i + 1] = a === 0 ? 0 : Math.round(g / a)
      png.data[i + 2] = a === 0 ? 0 : Math.round(b / a)
      png.data[i + 3] = Math.round((a / n) * 255)
    }
  }
  return png
}

/** PNG file bytes of a rendered image. */
export function encodePng(png: PNG): Buffer {
  return PNG.sync.write(png)
}
