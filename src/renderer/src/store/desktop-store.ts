import { create } from 'zustand'
import type { AboutInfo, StartAtLoginReply, UpdateStatus } from '../../../shared/contract/desktop'
import { callMain } from './app-store'

/** What the window knows of the desktop side, asked of main (it is not part of the app state). */
interface DesktopData {
  /** The system's start-at-login, as last read or set; null until main answered. */
  readonly startAtLogin: StartAtLoginReply | null
  /** A change of start-at-login is in flight. */
  readonly changingLogin: boolean
  /** Where updates stand after the last check from this window; null before any. */
  readonly updates: UpdateStatus | null
  /** Whether the log folder could not be opened the last time. */
  readonly logFolderFailed: boolean
  /** The About view's model; null until main answered. */
  readonly about: AboutInfo | null
}

/** The desktop store: start-at-login, updates and the log folder, for Settings and the offer. */
export interface DesktopStore extends DesktopData {
  /** Reads start-at-login from the system (once per window, unless `again`). */
  readonly loadStartAtLogin: (again?: boolean) => Promise<void>
  readonly setStartAtLogin: (enabled: boolean) => Promise<StartAtLoginReply | null>
  readonly checkForUpdates: () => Promise<void>
  readonly openLogFolder: () => Promise<void>
  /** Asks main for the About view's model (each time the view opens: updates may have moved). */
  readonly loadAbout: () => Promise<void>
  readonly reset: () => void
}

const defaults: DesktopData = {
  startAtLogin: null,
  changingLogin: false,
  updates: null,
  logFolderFailed: false,
  about: null,
}

/** One store for both places start-at-login shows: Settings and the first-run offer. */
export const useDesktopStore = create<DesktopStore>()((set, get) => ({
  ...defaults,
  loadStartAtLogin: async (again = false) => {
    if (get().startAtLogin !== null && !again) return
    const reply = await callMain(() => window.paylight.getStartAtLogin())
    if (reply) set({ startAtLogin: reply })
  },
  setStartAtLogin: async (enabled) => {
    set({ changingLogin: true })
    const reply = await callMain(() => window.paylight.setStartAtLogin(enabled))
    set({ changingLogin: false, ...(reply ? { startAtLogin: reply } : {}) })
    return reply
  },
  checkForUpdates: async () => {
    set({ updates: { kind: 'checking' } })
    const status = await callMain(() => window.paylight.checkForUpdates())
    set({ updates: status })
  },
  openLogFolder: async () => {
    const reply = await callMain(() => window.paylight.openLogFolder())
    set({ logFolderFailed: reply?.ok !== true })
  },
  loadAbout: async () => {
    const about = await callMain(() => window.paylight.getAbout())
    if (about) set({ about })
  },
  reset: () => set(defaults),
}))
