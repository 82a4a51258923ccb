import { readFileSync } from 'node:fs'
import path from 'node:path'
import { PNG } from 'pngjs'
import { trayIconFiles, trayLights, trayThemes } from '../../../../src/main/tray/tray-icons'
import { appIconPng, trayIconSet } from '../../../../scripts/icons/icon-set'

const trayDir = path.resolve('resources/tray')
const bars = { light: 240, dark: 30 } as const

function readPng(name: string): PNG {
  return PNG.sync.read(readFileSync(path.join(trayDir, name)))
}

/** What someone who sees no hue sees: luminance composited over the menu bar / taskbar. */
function greyscale(png: PNG, bar: number): number[] {
  const out: number[] = []
  for (let i = 0; i < png.data.length; i += 4) {
    const [r, g, b, a] = [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!, png.data[i + 3]! / 255]
    out.push((0.2126 * r + 0.7152 * g + 0.0722 * b) * a + bar * (1 - a))
  }
  return out
}

function shareDiffering(a: readonly number[], b: readonly number[]): number {
  return a.filter((v, i) => Math.abs(v - b[i]!) > 64).length / a.length
}

const pairs = trayLights.flatMap((a, i) => trayLights.slice(i + 1).map((b) => [a, b] as const))

describe('tray icons that do not rely on colour', () => {
  it.each(trayThemes.flatMap((theme) => pairs.map(([a, b]) => [theme, a, b] as const)))(
    'on a %s bar, %s and %s differ in shape even without hue',
    (theme, a, b) => {
      for (const size of ['x1', 'x2'] as const) {
        const ga = greyscale(readPng(trayIconFiles(a, theme)[size]), bars[theme])
        const gb = greyscale(readPng(trayIconFiles(b, theme)[size]), bars[theme])
        const share = shareDiffering(ga, gb)
        expect(share).toBeGreaterThan(0.1)
      }
    },
  )
})

describe('the macOS template image', () => {
  it.each(['greyTemplate.png', 'greyTemplate@2x.png'])(
    '%s is black + alpha only, so macOS can tint it',
    (name) => {
      const png = readPng(name)
      let opaque = 0
      for (let i = 0; i < png.data.length; i += 4) {
        if (png.data[i + 3] === 0) continue
        opaque++
        expect([png.data[i], png.data[i + 1], png.data[i + 2]]).toEqual([0, 0, 0])
      }
      expect(opaque).toBeGreaterThan(png.data.length / 4 / 10)
    },
  )
})

describe('the committed icons', () => {
  // Drawing every icon takes a few seconds on a busy machine; this is a bound, not a timing check.
  const drawing = { timeout: 60_000 }

  it(
    'tray icons are what the generator draws today (run `npm run icons` after changing it)',
    drawing,
    () => {
      const files = trayIconSet()
      expect(files.size).toBe(trayLights.length * trayThemes.length * 3 + 2)
      for (const [name, bytes] of files) {
        expect(readFileSync(path.join(trayDir, name)).equals(bytes), name).toBe(true)
      }
    },
  )

  it('the app icon is what the generator draws today', drawing, () => {
    expect(readFileSync('resources/icon.png').equals(appIconPng())).toBe(true)
  })
})
