import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import type { Input } from 'electron'
import { bringToFront } from '../../../../src/main/desktop/bring-to-front'
import {
  MIN_SIZE,
  placeWindow,
  type DisplayArea,
} from '../../../../src/main/desktop/window-placement'
import {
  attachWindowState,
  isPlainEscape,
  loadPlacement,
  savePlacement,
  WINDOW_STATE_FILE,
} from '../../../../src/main/desktop/window-state'
import {
  createFakeElectron,
  type FakeDisplay,
} from '../../../support/fake-electron/fake-electron-core.mjs'
import { runs } from '../../../property/support'
import { useTempDirs } from '../../../support/temp-dirs'

const tempDir = useTempDirs('paylight-window-')

const laptop: FakeDisplay = {
  id: 1,
  bounds: { x: 0, y: 0, width: 1440, height: 900 },
  workArea: { x: 0, y: 25, width: 1440, height: 875 },
}
const monitor: FakeDisplay = {
  id: 2,
  bounds: { x: 1440, y: 0, width: 2560, height: 1440 },
  workArea: { x: 1440, y: 0, width: 2560, height: 1400 },
}

const inside = (
  r: { x: number; y: number; width: number; height: number },
  a: DisplayArea['workArea'],
) => r.x >= a.x && r.y >= a.y && r.x + r.width <= a.x + a.width && r.y + r.height <= a.y + a.height

describe('placeWindow', () => {
  it('reopens on the display it was on, where it was', () => {
    const saved = {
      bounds: { x: 2000, y: 100, width: 1000, height: 800 },
      maximized: false,
      displayId: 2,
    }
    expect(placeWindow(saved, [laptop, monitor])?.bounds).toEqual(saved.bounds)
  })

  it('moves onto the remaining display, shrunk to fit, when that display is gone', () => {
    const saved = {
      bounds: { x: 2000, y: 100, width: 2000, height: 1300 },
      maximized: true,
      displayId: 2,
    }
    expect(placeWindow(saved, [laptop])).toEqual({
      bounds: { x: 0, y: 25, width: 1440, height: 875 },
      maximized: true,
      displayId: 1,
    })
  })

  it('always lands fully inside one display, at least its minimum size where that fits', () => {
    const rect = fc.record({
      x: fc.integer({ min: -5000, max: 5000 }),
      y: fc.integer({ min: -5000, max: 5000 }),
      width: fc.integer({ min: 1, max: 6000 }),
      height: fc.integer({ min: 1, max: 6000 }),
    })
    const display = fc.record({ id: fc.integer({ min: 1, max: 4 }), workArea: rect })
    fc.assert(
      fc.property(
        rect,
        fc.integer({ min: 0, max: 5 }),
        fc.uniqueArray(display, { minLength: 1, maxLength: 3, selector: (d) => d.id }),
        (bounds, displayId, displays) => {
          const placed = placeWindow({ bounds, maximized: false, displayId }, displays)
          expect(placed).not.toBeNull()
          const area = displays.find((d) => d.id === placed!.displayId)?.workArea
          expect(area).toBeDefined()
          expect(inside(placed!.bounds, area!)).toBe(true)
          // The display it was on wins while it is there.
          if (displays.some((d) => d.id === displayId)) expect(placed!.displayId).toBe(displayId)
          expect(placed!.bounds.width).toBeGreaterThanOrEqual(Math.min(MIN_SIZE.width, area!.width))
          expect(placed!.bounds.height).toBeGreaterThanOrEqual(
            Math.min(MIN_SIZE.height, area!.height),
          )
        },
      ),
      runs,
    )
  })

  it('has no place to restore without a saved one or without displays', () => {
    expect(placeWindow(null, [laptop])).toBeNull()
    expect(placeWindow({ bounds: laptop.bounds, maximized: false, displayId: 1 }, [])).toBeNull()
  })
})

describe('the window remembers its place', () => {
  async function windowOn(displays: FakeDisplay[], userData: string) {
    const { electron } = createFakeElectron({ platform: 'linux', displays })
    await electron.app.whenReady()
    const win = new electron.BrowserWindow({ width: 980, height: 760 })
    attachWindowState(win as never, {
      saved: await loadPlacement(userData),
      displays: () => electron.screen.getAllDisplays(),
      displayOf: (b) => electron.screen.getDisplayMatching(b),
      save: (p) => void savePlacement(userData, p),
    })
    return win
  }

  it('saves size, position and display on close, and the next window opens there', async () => {
    const userData = tempDir()
    const first = await windowOn([laptop, monitor], userData)
    first.setBounds({ x: 1600, y: 200, width: 1100, height: 900 })
    first.close()
    await vi.waitFor(() =>
      expect(readFileSync(path.join(userData, WINDOW_STATE_FILE), 'utf8')).toContain('1600'),
    )
    const second = await windowOn([laptop, monitor], userData)
    expect(second.bounds).toEqual({ x: 1600, y: 200, width: 1100, height: 900 })
    second.close()
    await new Promise((resolve) => setTimeout(resolve, 20))
    // The monitor is unplugged: the window comes back on the laptop, whole.
    const third = await windowOn([laptop], userData)
    expect(third.bounds).toEqual({ x: 340, y: 25, width: 1100, height: 875 })
  })

  it('re-maximises once shown, and treats a corrupt file as no saved place', async () => {
    const userData = tempDir()
    await savePlacement(userData, {
      bounds: { x: 10, y: 30, width: 800, height: 600 },
      maximized: true,
      displayId: 1,
    })
    const win = await windowOn([laptop], userData)
    expect(win.maximized).toBe(false)
    win.emit('ready-to-show')
    expect(win.maximized).toBe(true)
    writeFileSync(path.join(userData, WINDOW_STATE_FILE), '{"schema":1,"bounds":')
    expect(await loadPlacement(userData)).toBeNull()
    writeFileSync(
      path.join(userData, WINDOW_STATE_FILE),
      '{"schema":1,"bounds":{"x":0,"y":0,"width":-5,"height":1},"maximized":false,"displayId":1}',
    )
    expect(await loadPlacement(userData)).toBeNull()
  })

  it('closes on a plain Esc, not while an input method composes or with a modifier', async () => {
    const win = await windowOn([laptop], tempDir())
    const key = (patch: Partial<Input>) =>
      ({
        type: 'keyDown',
        key: 'Escape',
        isComposing: false,
        isAutoRepeat: false,
        shift: false,
        control: false,
        alt: false,
        meta: false,
        ...patch,
      }) as Input
    for (const input of [
      key({ isComposing: true }),
      key({ control: true }),
      key({ type: 'keyUp' }),
      key({ key: 'a' }),
    ]) {
      expect(isPlainEscape(input)).toBe(false)
      win.webContents.emit('before-input-event', {}, input)
    }
    expect(win.destroyed).toBe(false)
    win.webContents.emit('before-input-event', {}, key({}))
    expect(win.destroyed).toBe(true)
  })
})

describe('bringToFront', () => {
  it('macOS steals focus for the app; Windows raises past the foreground lock; Linux shows and focuses', async () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const { electron, control } = createFakeElectron({ platform })
      await electron.app.whenReady()
      const win = new electron.BrowserWindow({})
      win.minimize()
      bringToFront(win as never, platform, electron.app)
      expect(win).toMatchObject({
        visible: true,
        minimized: false,
        alwaysOnTop: false,
        focusCalls: 1,
      })
      expect(control.record.appCalls).toEqual(platform === 'darwin' ? ['focus:{"steal":true}'] : [])
    }
  })
})
