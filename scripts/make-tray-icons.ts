// Generates the tray icon set into resources/tray/ (run: npm run icons). Committed output; re-run
// after changing colours or sizes.
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { PNG } from 'pngjs'
import { trayIconFiles, trayLights, trayThemes } from '../src/main/tray-icons'

type Rgb = readonly [number, number, number]

const fills: Record<(typeof trayLights)[number], Rgb> = {
  green: [34, 197, 94],
  yellow: [234, 179, 8],
  red: [239, 68, 68],
  grey: [156, 163, 175],
}
// The ring keeps the dot readable on the menu bar / taskbar colour it sits on.
const rings: Record<(typeof trayThemes)[number], Rgb> = {
  light: [55, 65, 81],
  dark: [243, 244, 246],
}

function drawDot(size: number, fill: Rgb | null, ring: Rgb): Buffer {
  const png = new PNG({ width: size, height: size })
  const samples = 4
  const centre = size / 2
  const outer = size / 2 - size / 16
  const ringWidth = Math.max(1, size / 12)
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let ringHits = 0
      let fillHits = 0
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const dx = x + (sx + 0.5) / samples - centre
          const dy = y + (sy + 0.5) / samples - centre
          const d = Math.hypot(dx, dy)
          if (d <= outer - ringWidth) fillHits++
          else if (d <= outer) ringHits++
        }
      }
      const total = samples * samples
      const fillA = fill ? fillHits / total : 0
      const ringA = ringHits / total
      const alpha = fillA + ringA
      const i = (y * size + x) * 4
      const mix = (c: 0 | 1 | 2) =>
        alpha === 0 ? 0 : Math.round(((fill ? fill[c] * fillA : 0) + ring[c] * ringA) / alpha)
      png.data[i] = mix(0)
      png.data[i + 1] = mix(1)
      png.data[i + 2] = mix(2)
      png.data[i + 3] = Math.round(Math.min(1, alpha) * 255)
    }
  }
  return PNG.sync.write(png)
}

const outDir = path.resolve('resources/tray')
mkdirSync(outDir, { recursive: true })
for (const light of trayLights) {
  for (const theme of trayThemes) {
    const file = trayIconFiles(light, theme)
    writeFileSync(path.join(outDir, file.x1), drawDot(16, fills[light], rings[theme]))
    writeFileSync(path.join(outDir, file.x2), drawDot(32, fills[light], rings[theme]))
  }
}
// macOS template (black + alpha, the system tints it): used only for grey, where colour carries no news.
writeFileSync(path.join(outDir, 'greyTemplate.png'), drawDot(16, null, [0, 0, 0]))
writeFileSync(path.join(outDir, 'greyTemplate@2x.png'), drawDot(32, null, [0, 0, 0]))
writeFileSync(path.resolve('resources/icon.png'), drawDot(256, fills.green, rings.light))
console.log(`tray icons written to ${outDir}`)
