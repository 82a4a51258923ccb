import type { Rectangle } from 'electron'

/** Where the window was when it closed, and on which display (the file `window-state.json`). */
export interface SavedPlacement {
  readonly bounds: Rectangle
  readonly maximized: boolean
  readonly displayId: number
}

/** The parts of an Electron Display the placement needs. */
export interface DisplayArea {
  readonly id: number
  readonly workArea: Rectangle
}

/** The window's own smallest size (window-options.ts): never restored smaller. */
export const MIN_SIZE = { width: 360, height: 480 } as const

const overlap = (a: Rectangle, b: Rectangle): number =>
  Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) *
  Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y))

const clamp = (value: number, low: number, high: number): number =>
  Math.min(Math.max(value, low), Math.max(low, high))

/**
 * Where to open the window: on the display it was on when that display is still there, else the
 * one it overlaps most, else the first (primary); moved and shrunk to fit that display's work area
 * (a window never opens off-screen or under the taskbar after a monitor was unplugged or a
 * resolution changed). Null without a saved placement or any display: the default size, centred.
 */
export function placeWindow(
  saved: SavedPlacement | null,
  displays: readonly DisplayArea[],
): { readonly bounds: Rectangle; readonly maximized: boolean; readonly displayId: number } | null {
  if (!saved || displays.length === 0) return null
  const byId = displays.find((d) => d.id === saved.displayId)
  const best = [...displays].sort(
    (a, b) => overlap(b.workArea, saved.bounds) - overlap(a.workArea, saved.bounds),
  )[0]
  const display = byId ?? (best && overlap(best.workArea, saved.bounds) > 0 ? best : displays[0])
  if (!display) return null
  const area = display.workArea
  const width = clamp(
    Math.round(saved.bounds.width),
    Math.min(MIN_SIZE.width, area.width),
    area.width,
  )
  const height = clamp(
    Math.round(saved.bounds.height),
    Math.min(MIN_SIZE.height, area.height),
    area.height,
  )
  return {
    bounds: {
      x: clamp(Math.round(saved.bounds.x), area.x, area.x + area.width - width),
      y: clamp(Math.round(saved.bounds.y), area.y, area.y + area.height - height),
      width,
      height,
    },
    maximized: saved.maximized,
    displayId: display.id,
  }
}
