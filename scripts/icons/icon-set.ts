// Every icon file PayLight ships, built in memory so the generator writes them and a test can check
// that the committed files are what the generator draws today.
import { trayIconFiles, trayLights, trayThemes } from '../../src/main/tray/tray-icons'
import { roundedRect } from './geometry'
import { encodeIco } from './ico'
import { colouredLight, lightPaint, templateColours, type LightColours } from './light-glyphs'
import { encodePng, placed, rasterize, stack, type Paint } from './raster'
import type { Light } from '../../src/shared/verdict/light'

/** Sizes inside each Windows .ico: 100 % to 300 % of the 16 px tray slot (125/150 % included). */
export const icoSizes = [16, 20, 24, 32, 40, 48] as const
/** macOS needs at least 512 px for its .icns; 1024 covers the Retina 512@2x slot. */
export const appIconSize = 1024

const traySamples = 8

function trayPng(light: Light, colours: LightColours, size: number): Buffer {
  return encodePng(rasterize(size, lightPaint(light, colours, 1 / size), traySamples))
}

/** Tray icon files by name (inside resources/tray): PNG 1x/2x, .ico, and the macOS template. */
export function trayIconSet(): ReadonlyMap<string, Buffer> {
  const files = new Map<string, Buffer>()
  for (const light of trayLights) {
    for (const theme of trayThemes) {
      const names = trayIconFiles(light, theme)
      const colours = colouredLight(light, theme)
      files.set(names.x1, trayPng(light, colours, 16))
      files.set(names.x2, trayPng(light, colours, 32))
      const images = icoSizes.map((size) => ({ size, png: trayPng(light, colours, size) }))
      files.set(names.ico, encodeIco(images))
    }
  }
  // macOS tints template images itself; used for grey, where colour carries no news.
  files.set('greyTemplate.png', trayPng('grey', templateColours, 16))
  files.set('greyTemplate@2x.png', trayPng('grey', templateColours, 32))
  return files
}

/** The app icon: the three shaped lights, stacked like a traffic light on a dark plate. */
export function appIconPng(): Buffer {
  const plate = roundedRect(0.1, 0.1, 0.9, 0.9, 0.18)
  const backplate: Paint = (x, y) => (plate(x, y) <= 0 ? [30, 41, 59, 255] : null)
  const box = 0.2
  const lights = (['red', 'yellow', 'green'] as const).map((light, i) =>
    placed(
      lightPaint(light, colouredLight(light, 'dark'), 1 / (appIconSize * box)),
      0.4,
      0.16 + i * 0.24,
      box,
    ),
  )
  return encodePng(rasterize(appIconSize, stack(...lights, backplate), 3))
}
