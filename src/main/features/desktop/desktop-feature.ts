import type { LoginItemState, StartAtLoginReply } from '../../../shared/contract/desktop'
import type { IpcServices } from '../../../shared/contract/ipc'
import { createLogger } from '../../../shared/util/logger'
import { aboutInfo, mmdbBuildDate } from '../../desktop/about'
import { createUpdates, type UpdaterLike } from '../../desktop/updates'
import { defineFeature, type FeatureContext } from '../feature'

/** Start-at-login on this system (desktop/login-item.ts over Electron, or a fake in tests). */
export interface LoginItemControl {
  readonly get: () => Promise<LoginItemState>
  readonly set: (enabled: boolean) => Promise<LoginItemState>
}

/** What the glue hands the desktop feature: facts about the build and the Electron-specific calls. */
export interface DesktopDeps {
  /** PayLight's own version (`app.getVersion()`). */
  readonly version: string
  /** The runtime's versions (`process.versions`: electron and chrome exist in Electron only). */
  readonly versions: Pick<NodeJS.ProcessVersions, 'node'> & { electron?: string; chrome?: string }
  /** The shipped country database, whose own build date the About view shows. */
  readonly geoDbFile: string | null
  /** Whether this build has a publish target, and how to load electron-updater when it has. */
  readonly updates: { readonly configured: boolean; readonly load?: () => Promise<UpdaterLike> }
  /** Start-at-login, or null where this build cannot change it. */
  readonly loginItem: LoginItemControl | null
  /** Opens the log folder in the file manager (`shell.openPath`). */
  readonly openLogFolder: () => Promise<{ ok: boolean }>
}

/**
 * The services without the desktop glue (most tests, the benches): no updater, no login item, no
 * log folder — each channel says so instead of pretending.
 */
export const headlessDesktop: DesktopDeps = {
  version: 'unknown',
  versions: { node: process.versions.node },
  geoDbFile: null,
  updates: { configured: false },
  loginItem: null,
  openLogFolder: async () => ({ ok: false }),
}

const log = createLogger('desktop')

/**
 * PayLight as a desktop app: the About view, updates (a check a minute after start, every six
 * hours and on demand; installed on quit), the log folder and start-at-login. The channels answer
 * with values, never throws: a login item the system refused to change says "failed" with the
 * state read back.
 */
export function createDesktopFeature(deps: DesktopDeps & Pick<FeatureContext, 'timers' | 'now'>) {
  const updates = createUpdates({ ...deps.updates, timers: deps.timers, now: deps.now })
  let geoBuilt: Promise<string | null> | null = null
  const loginItem = deps.loginItem

  const loginReply = async (
    action: (control: LoginItemControl) => Promise<LoginItemState>,
  ): Promise<StartAtLoginReply> => {
    if (!loginItem) return { ok: false, reason: 'unsupported' }
    try {
      return { ok: true, state: await action(loginItem) }
    } catch (error) {
      log.warn('start-at-login could not be changed or read', { error: String(error) })
      const state = await loginItem.get().catch(() => null)
      return { ok: false, reason: 'failed', state }
    }
  }

  const ipc = {
    getAbout: async () =>
      aboutInfo({
        version: deps.version,
        versions: deps.versions,
        // Read once: the database does not change while PayLight runs.
        geoBuilt: await (geoBuilt ??= deps.geoDbFile
          ? mmdbBuildDate(deps.geoDbFile)
          : Promise.resolve(null)),
        updates: updates.status(),
        startAtLogin: loginItem ? await loginItem.get().catch(() => null) : null,
      }),
    checkForUpdates: () => updates.checkNow(),
    openLogFolder: () => deps.openLogFolder(),
    getStartAtLogin: () => loginReply((control) => control.get()),
    setStartAtLogin: (enabled) => loginReply((control) => control.set(enabled)),
  } satisfies Pick<
    IpcServices,
    'getAbout' | 'checkForUpdates' | 'openLogFolder' | 'getStartAtLogin' | 'setStartAtLogin'
  >

  return defineFeature({
    ipc,
    // Nothing in the pushed state: the About view and Settings ask for it.
    slice: () => ({}),
    files: [],
    /** "检查更新 / Check for updates" from the tray and the application menu. */
    checkForUpdates: updates.checkNow,
    start: updates.start,
    stop: updates.stop,
  })
}

/** The desktop feature's shape. */
export type DesktopFeature = ReturnType<typeof createDesktopFeature>
