// The five lights differ by shape as well as colour, so they can be told apart without seeing red
// from green: green = disc with a check, yellow = triangle with "!", red = octagon with "×",
// grey (unknown) = hollow ring, wait (the cool-down) = blue hourglass.
import type { Light } from '../../src/shared/verdict/light'
import { assertNever } from '../../src/shared/util/assert-never'
import { circle, regularPolygon, stroke, convexPolygon, union, type Sdf } from './geometry'
import type { Paint, Rgba } from './raster'

/** Colours one light is painted with; a mark with alpha 0 is cut out of the body. */
export interface LightColours {
  readonly fill: Rgba
  readonly edge: Rgba
  readonly mark: Rgba
}

interface LightShape {
  readonly body: Sdf
  readonly hollow: boolean
  readonly mark: Sdf | null
}

const white: Rgba = [255, 255, 255, 255]
const ink: Rgba = [31, 41, 55, 255]
const hole: Rgba = [0, 0, 0, 0]
const black: Rgba = [0, 0, 0, 255]

/** Fill colours of the lights (Tailwind's 500 shades: readable on light and dark bars). */
export const lightFills: Readonly<Record<Light, Rgba>> = {
  green: [34, 197, 94, 255],
  yellow: [234, 179, 8, 255],
  red: [239, 68, 68, 255],
  grey: [156, 163, 175, 255],
  // Blue: a wait is neither a fault nor a risk, so none of the traffic colours (blue-600, 3:1
  // against both bars with its edge).
  wait: [37, 99, 235, 255],
}

/** The outline keeps a light readable on the menu bar / taskbar colour it sits on. */
export const themeEdges = { light: [55, 65, 81, 255], dark: [243, 244, 246, 255] } as const

/** Coloured variant of a light for a light or dark menu bar / taskbar. */
export function colouredLight(light: Light, theme: keyof typeof themeEdges): LightColours {
  return {
    fill: lightFills[light],
    edge: themeEdges[theme],
    mark: light === 'yellow' ? ink : white,
  }
}

/** macOS template variant: black + alpha only (the system tints it), the mark cut out. */
export const templateColours: LightColours = { fill: black, edge: black, mark: hole }

function shapeOf(light: Light, pixel: number): LightShape {
  // Strokes never get thinner than one pixel, whatever the size.
  const half = Math.max(pixel, 0.07)
  switch (light) {
    case 'green':
      return {
        body: circle(0.5, 0.5, 0.47),
        hollow: false,
        mark: stroke(
          [
            [0.27, 0.52],
            [0.43, 0.68],
            [0.73, 0.36],
          ],
          half,
        ),
      }
    case 'yellow':
      return {
        body: convexPolygon([
          [0.5, 0.03],
          [0.99, 0.94],
          [0.01, 0.94],
        ]),
        hollow: false,
        mark: union(
          stroke(
            [
              [0.5, 0.38],
              [0.5, 0.6],
            ],
            half,
          ),
          circle(0.5, 0.79, half * 1.05),
        ),
      }
    case 'red':
      return {
        body: regularPolygon(8, 0.5, 0.5, 0.5),
        hollow: false,
        mark: union(
          stroke(
            [
              [0.33, 0.33],
              [0.67, 0.67],
            ],
            half,
          ),
          stroke(
            [
              [0.33, 0.67],
              [0.67, 0.33],
            ],
            half,
          ),
        ),
      }
    case 'grey':
      return { body: circle(0.5, 0.5, 0.45), hollow: true, mark: null }
    case 'wait':
      // An hourglass: two trapezoids meeting at a waist wide enough to stay whole at 16 px.
      return {
        body: union(
          convexPolygon([
            [0.12, 0.02],
            [0.88, 0.02],
            [0.6, 0.5],
            [0.4, 0.5],
          ]),
          convexPolygon([
            [0.4, 0.5],
            [0.6, 0.5],
            [0.88, 0.98],
            [0.12, 0.98],
          ]),
        ),
        hollow: false,
        mark: null,
      }
    default:
      return assertNever(light)
  }
}

/**
 * Paint of one light in the unit square; `pixel` is one pixel in unit coordinates (1 / size), so
 * outlines and marks stay at least a pixel wide at 16 px.
 */
export function lightPaint(light: Light, colours: LightColours, pixel: number): Paint {
  const shape = shapeOf(light, pixel)
  const edgeWidth = shape.hollow ? Math.max(1.5 * pixel, 0.15) : Math.max(pixel, 0.07)
  return (x, y) => {
    const d = shape.body(x, y)
    if (d > 0) return null
    if (shape.mark && shape.mark(x, y) <= 0) return colours.mark
    if (d > -edgeWidth) return colours.edge
    return shape.hollow ? null : colours.fill
  }
}
