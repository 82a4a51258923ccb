import type { NoticeRecord } from '../shared/contract/notices'
import type { Settings } from '../shared/contract/settings'
import type { DocStore } from '../shared/history/stores'
import type { DataFolderHolder } from '../shared/storage/kept-file-types'
import type { ProfileStore } from '../node/profile-store'
import type { DesktopDeps } from './features/desktop/desktop-feature'
import type { CheckWorld } from './features/monitor/monitor-feature'
import type { FileChooser } from './features/profiles/profiles-feature'
import type { KeptFolder } from './features/storage/kept-folder'

/** What the app's services need from the outside world; Electron in the app, fakes in e2e tests. */
export interface AppServicesDeps extends CheckWorld {
  readonly systemLocale: string
  readonly timeZone: string | null
  readonly settingsStore: DocStore<Settings>
  readonly profileStore: ProfileStore
  readonly files: FileChooser
  readonly binLookupUrl?: string
  readonly openLink: (url: unknown) => Promise<{ ok: boolean }>
  /** Shows a notice as a system notification; a failure is reported through `notices.undelivered`. */
  readonly notify?: (notice: NoticeRecord) => void
  /**
   * Where the session, cool-down, decline-log, history and attempt files are kept (in memory when
   * left out, as in most tests).
   */
  readonly dataFolder?: KeptFolder
  /** Another PayLight holds the data folder: this instance reads it and saves nothing. */
  readonly readOnly?: DataFolderHolder | null
  /** About, updates, the log folder and start-at-login (none of them when left out). */
  readonly desktop?: DesktopDeps
}
