import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import {
  trayIconPath,
  trayLights,
  trayThemes,
  trayIconFiles,
} from '../../../../src/main/tray/tray-icons'
import { icoSizes } from '../../../../scripts/icons/icon-set'
import { parseIco, pngSize } from '../../../support/icon-files'

const resources = path.resolve('resources')

describe('trayIconPath', () => {
  it('uses the multi-size .ico on Windows, so 125 % and 150 % scaling get a sharp image', () => {
    expect(trayIconPath(resources, 'red', 'win32', false)).toBe(
      path.join(resources, 'tray', 'red-light.ico'),
    )
    expect(trayIconPath(resources, 'grey', 'win32', true)).toBe(
      path.join(resources, 'tray', 'grey-dark.ico'),
    )
  })

  it('uses the 16 px PNG (Electron pairs it with @2x) on Linux and for coloured lights on macOS', () => {
    expect(trayIconPath(resources, 'green', 'linux', true)).toBe(
      path.join(resources, 'tray', 'green-dark.png'),
    )
    expect(trayIconPath(resources, 'yellow', 'darwin', false)).toBe(
      path.join(resources, 'tray', 'yellow-light.png'),
    )
  })

  it('uses the template image for grey on macOS, so the menu bar tints it', () => {
    expect(trayIconPath(resources, 'grey', 'darwin', true)).toBe(
      path.join(resources, 'tray', 'greyTemplate.png'),
    )
  })

  it.each(['win32', 'linux', 'darwin'] as const)(
    'points only at files that ship, on %s',
    (platform) => {
      for (const light of trayLights) {
        for (const dark of [false, true]) {
          const file = trayIconPath(resources, light, platform, dark)
          expect(existsSync(file), file).toBe(true)
          if (file.endsWith('.png')) {
            expect(existsSync(file.replace(/\.png$/, '@2x.png')), `${file} @2x`).toBe(true)
          }
        }
      }
    },
  )
})

describe('the Windows .ico tray icons', () => {
  const icoFiles = trayLights.flatMap((light) =>
    trayThemes.map((theme) => trayIconFiles(light, theme).ico),
  )

  it.each(icoFiles)('%s holds a 32-bit PNG at each of 16–48 px', (name) => {
    const bytes = readFileSync(path.join(resources, 'tray', name))
    const entries = parseIco(bytes)
    expect(entries.map((e) => e.size)).toEqual([...icoSizes])
    for (const entry of entries) {
      expect(entry.bitsPerPixel).toBe(32)
      expect(pngSize(entry.payload)).toEqual({ width: entry.size, height: entry.size })
    }
  })
})
