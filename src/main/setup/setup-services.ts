import path from 'node:path'
import type { App, Shell } from 'electron'
import { defaultGeoProviders } from '../../shared/geo/geo-providers'
import { createLogger } from '../../shared/util/logger'
import type { Timers } from '../../shared/monitor/monitor'
import { defaultSources } from '../../shared/net/sources'
import type { NoticeRecord } from '../../shared/contract/notices'
import { openAsnDbOrEmpty } from '../../node/asn-db'
import { openGeoDbOrEmpty, openSecondWitness } from '../../node/geo-db'
import { takeDataFolder } from '../../node/data-folder-lock'
import { createProfileStore } from '../../node/profile-store'
import { createSettingsStore } from '../../node/settings-store'
import { createAppServices, type AppServices } from '../app-services'
import type { SmokeOverrides } from '../desktop/smoke-test-overrides'
import type { DesktopDeps } from '../features/desktop/desktop-feature'
import { createLinkOpener } from '../open-external'
import { safeStorageCipher } from './setup-cipher'
import { fileDialogs } from './setup-dialogs'
import { setupChecksSession, type ChecksSession } from './setup-net-session'
import { ASN_DB_FILE, GEO_DB_FILE, missingResources, SECOND_GEO_DB_FILE } from './setup-resources'

const log = createLogger('main')

/** The Electron modules the services are built over, narrowed to what is used. */
export interface ServicesElectron {
  /** Where PayLight keeps its files (userData) and the system's locale (zh* starts in Chinese). */
  readonly app: Pick<App, 'getPath' | 'getLocale'>
  readonly session: {
    fromPartition(partition: string, options: { cache: boolean }): ChecksSession
  }
  readonly safeStorage: Parameters<typeof safeStorageCipher>[0]
  readonly dialog: Parameters<typeof fileDialogs>[0]
  /** The OS's link opener; only allow-listed links reach it. */
  readonly shell: Pick<Shell, 'openExternal'>
}

/** Where the services run and where their notices go. */
export interface SetupServicesDeps {
  /** Where the shipped data and icons are (see `resourcesDir`). */
  readonly resourcesDir: string
  readonly platform: NodeJS.Platform
  readonly timers: Timers
  /** Shows a notice as a system notification. */
  readonly notify: (notice: NoticeRecord) => void
  /** About, updates, the log folder and start-at-login (desktop-deps.ts). */
  readonly desktop?: DesktopDeps
  /** TEST ONLY: the smoke test's loopback sources (desktop/smoke-test-overrides.ts); null normally. */
  readonly smokeSources?: SmokeOverrides['sources']
}

/**
 * The app's services over Electron: checks on their own session, the shipped offline data (a
 * missing file is named in the log at start), the files in userData with the card profiles
 * encrypted by safeStorage, the export and import pickers, and links through the allow-list.
 * One writer per data folder: another PayLight already holding it makes this one read-only, and
 * stopping the services lets the folder go.
 */
export async function setupServices(
  electron: ServicesElectron,
  deps: SetupServicesDeps,
): Promise<AppServices> {
  const missing = missingResources(deps.resourcesDir, deps.platform)
  if (missing.length > 0) log.error('shipped resources missing', { missing })
  const checks = setupChecksSession({
    fromPartition: (partition, options) => electron.session.fromPartition(partition, options),
    timers: deps.timers,
  })
  const userData = electron.app.getPath('userData')
  const folder = await takeDataFolder(userData)
  const { fs } = folder
  const asnFile = path.join(deps.resourcesDir, ASN_DB_FILE)
  const services = await createAppServices({
    fetch: checks.fetch,
    resolveProxy: checks.resolveProxy,
    locate: openGeoDbOrEmpty(path.join(deps.resourcesDir, GEO_DB_FILE)).locate,
    alsoLocate: openSecondWitness(path.join(deps.resourcesDir, SECOND_GEO_DB_FILE)),
    owner: openAsnDbOrEmpty(asnFile, (error) =>
      log.error('offline ASN data missing; network owners come from online answers only', {
        error: String(error),
      }),
    ).owner,
    sources: deps.smokeSources?.sources ?? defaultSources,
    geoProviders: deps.smokeSources?.geo ?? defaultGeoProviders,
    now: Date.now,
    timers: deps.timers,
    systemLocale: electron.app.getLocale(),
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone ?? null,
    settingsStore: createSettingsStore(userData, { fs }),
    profileStore: createProfileStore(
      userData,
      safeStorageCipher(electron.safeStorage, deps.platform),
      { fs },
    ),
    files: fileDialogs(electron.dialog),
    dataFolder: { dir: userData, fs },
    readOnly: folder.kind === 'read-only' ? folder.holder : null,
    // The OS call is handed over as a reference; createLinkOpener's allow-list decides what reaches it.
    openLink: createLinkOpener(electron.shell.openExternal),
    notify: deps.notify,
    ...(deps.desktop ? { desktop: deps.desktop } : {}),
  })
  if (folder.kind === 'read-only') return services
  return {
    ...services,
    stop: () => {
      services.stop()
      void folder.release()
    },
  }
}
