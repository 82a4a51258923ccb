import { existsSync } from 'node:fs'
import path from 'node:path'
import type { AppUpdater } from 'electron-updater'
import { createLogger, type Logger } from '../../shared/util/logger'
import type { Timers } from '../../shared/monitor/timers'
import type { UpdateStatus } from '../../shared/contract/desktop'

export { updateStatusText, type UpdateStatus } from '../../shared/contract/desktop'

/** electron-builder writes this beside the app only when the build has a publish target. */
export const UPDATE_CONFIG_FILE = 'app-update.yml'
/** The first check waits for start-up to settle; then one every six hours. */
export const FIRST_CHECK_DELAY_MS = 60_000
export const CHECK_EVERY_MS = 6 * 60 * 60 * 1000

/** The parts of electron-updater's AppUpdater used here (checked against its own type). */
export type UpdaterLike = Pick<
  AppUpdater,
  'autoDownload' | 'autoInstallOnAppQuit' | 'checkForUpdates' | 'on'
> & { logger: AppUpdater['logger'] }

/** Whether this build can update itself: packaged, and built with a publish target. */
export function updatesConfigured(
  isPackaged: boolean,
  resourcesPath: string,
  exists: (file: string) => boolean = existsSync,
): boolean {
  return isPackaged && exists(path.join(resourcesPath, UPDATE_CONFIG_FILE))
}

/** electron-updater, loaded only where it will be used (it is not needed to start the app). */
export const loadElectronUpdater = async (): Promise<UpdaterLike> =>
  (await import('electron-updater')).autoUpdater

/**
 * Updates through electron-updater: a check a minute after start and every six hours, and on
 * "检查更新 / Check for updates"; a found update downloads in the background and is installed when
 * PayLight quits. A build without a publish target never loads the updater and says so.
 */
export function createUpdates(deps: {
  readonly configured: boolean
  readonly load?: () => Promise<UpdaterLike>
  readonly timers: Timers
  readonly now: () => number
  readonly onChange?: (status: UpdateStatus) => void
  readonly log?: Logger
}) {
  const log = deps.log ?? createLogger('updates')
  let status: UpdateStatus = deps.configured ? { kind: 'idle' } : { kind: 'not-configured' }
  let updater: Promise<UpdaterLike> | null = null
  let timer: unknown = null
  const set = (next: UpdateStatus) => {
    status = next
    deps.onChange?.(next)
  }
  const at = () => new Date(deps.now()).toISOString()
  const ready = (): Promise<UpdaterLike> =>
    (updater ??= (deps.load ?? loadElectronUpdater)().then((u) => {
      u.autoDownload = true
      u.autoInstallOnAppQuit = true
      u.logger = {
        info: () => undefined,
        warn: (m) => log.warn(String(m)),
        error: (m) => log.error(String(m)),
      }
      u.on('update-downloaded', (info) => {
        log.info('update downloaded; installs on quit', { version: info.version })
        set({ kind: 'ready', version: info.version })
      })
      // A download that fails after the check answered (a dropped connection; on macOS an
      // unsigned app, which Squirrel.Mac refuses) must not leave "downloading" for good.
      u.on('error', (error) => {
        if (status.kind !== 'downloading') return
        log.warn('update download failed', { error: String(error) })
        set({ kind: 'failed', checkedAt: at(), error: String(error).slice(0, 200) })
      })
      return u
    }))

  const check = async (): Promise<UpdateStatus> => {
    if (!deps.configured) {
      log.info('update check skipped: this build has no publish target')
      return status
    }
    if (status.kind === 'checking' || status.kind === 'downloading' || status.kind === 'ready')
      return status
    set({ kind: 'checking' })
    try {
      const result = await (await ready()).checkForUpdates()
      const version = result?.isUpdateAvailable ? result.updateInfo.version : null
      log.info('update check', { available: version })
      set(version ? { kind: 'downloading', version } : { kind: 'up-to-date', checkedAt: at() })
    } catch (error) {
      log.warn('update check failed', { error: String(error) })
      set({ kind: 'failed', checkedAt: at(), error: String(error).slice(0, 200) })
    }
    return status
  }
  const schedule = (ms: number) => {
    timer = deps.timers.setTimeout(() => {
      void check().finally(() => schedule(CHECK_EVERY_MS))
    }, ms)
  }
  return {
    status: (): UpdateStatus => status,
    /** "检查更新 / Check for updates". */
    checkNow: check,
    start: (): void => {
      if (deps.configured && timer === null) schedule(FIRST_CHECK_DELAY_MS)
    },
    stop: (): void => {
      if (timer !== null) deps.timers.clearTimeout(timer)
      timer = null
    },
  }
}
