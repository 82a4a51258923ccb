import path from 'node:path'
import type { BrowserWindow, Display, Input, Rectangle } from 'electron'
import { z } from 'zod'
import { readFileIfExists, writeFileAtomic } from '../../node/atomic-file'
import { createLogger } from '../../shared/util/logger'
import { placeWindow, type SavedPlacement } from './window-placement'

/** The window's last place, in the user data folder (no user data in it: losing it only re-centres). */
export const WINDOW_STATE_FILE = 'window-state.json'

const rectangle = z.object({
  x: z.number().int().finite(),
  y: z.number().int().finite(),
  width: z.number().int().positive().max(100_000),
  height: z.number().int().positive().max(100_000),
})
const savedSchema = z.object({
  schema: z.literal(1),
  bounds: rectangle,
  maximized: z.boolean(),
  displayId: z.number().finite(),
})

const log = createLogger('window-state')

/** Reads the saved place; a missing, unreadable or malformed file means "no saved place". */
export async function loadPlacement(userData: string): Promise<SavedPlacement | null> {
  const raw = await readFileIfExists(path.join(userData, WINDOW_STATE_FILE)).catch(() => null)
  if (!raw) return null
  try {
    const parsed = savedSchema.safeParse(JSON.parse(raw.toString('utf8')))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

/** Writes the place atomically; a failure only loses the place, so it is logged, not shown. */
export async function savePlacement(userData: string, placement: SavedPlacement): Promise<void> {
  const text = JSON.stringify({ schema: 1, ...placement })
  await writeFileAtomic(path.join(userData, WINDOW_STATE_FILE), text).catch((error: unknown) =>
    log.warn('window place not saved', { error: String(error) }),
  )
}

/** The parts of a BrowserWindow this module drives. */
export type PlacedWindow = Pick<
  BrowserWindow,
  'setBounds' | 'getNormalBounds' | 'isMaximized' | 'maximize' | 'once' | 'on' | 'close'
> & {
  readonly webContents: {
    on(event: 'before-input-event', listener: (event: unknown, input: Input) => void): unknown
  }
}

/** Whether a key press is a plain Esc: not held, not part of an IME composition, no modifier. */
export function isPlainEscape(input: Input): boolean {
  return (
    input.type === 'keyDown' &&
    input.key === 'Escape' &&
    !input.isComposing &&
    !input.isAutoRepeat &&
    !input.shift &&
    !input.control &&
    !input.alt &&
    !input.meta
  )
}

/**
 * Gives a new window its remembered place (clamped to the displays there are now; maximised again
 * once shown), saves its place when it closes, and closes it on a plain Esc — not while an input
 * method is composing (Esc then cancels the composition, as Chinese users expect).
 */
export function attachWindowState(
  win: PlacedWindow,
  deps: {
    readonly saved: SavedPlacement | null
    readonly displays: () => readonly Pick<Display, 'id' | 'workArea'>[]
    readonly displayOf: (bounds: Rectangle) => Pick<Display, 'id'>
    readonly save: (placement: SavedPlacement) => void
  },
): void {
  const place = placeWindow(deps.saved, deps.displays())
  if (place) win.setBounds(place.bounds)
  // maximize() also shows the window: only once it is ready to be shown.
  if (place?.maximized) win.once('ready-to-show', () => win.maximize())
  win.on('close', () => {
    const bounds = win.getNormalBounds()
    deps.save({ bounds, maximized: win.isMaximized(), displayId: deps.displayOf(bounds).id })
  })
  win.webContents.on('before-input-event', (_event, input) => {
    if (isPlainEscape(input)) win.close()
  })
}
