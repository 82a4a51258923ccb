import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import {
  createDesktopFeature,
  headlessDesktop,
  type DesktopDeps,
} from '../../../../../src/main/features/desktop/desktop-feature'
import { loginItem } from '../../../../../src/main/desktop/login-item'
import type { UpdaterLike } from '../../../../../src/main/desktop/updates'
import { AUTOSTART_FILE, xdgAutostart } from '../../../../../src/main/desktop/xdg-autostart'
import { mmdbBuildDate } from '../../../../../src/main/desktop/about'
import { realTimers } from '../../../../../src/shared/monitor/timers'
import { createFakeElectron } from '../../../../support/fake-electron/fake-electron-core.mjs'
import { useTempDirs } from '../../../../support/temp-dirs'

const tempDir = useTempDirs('paylight-desktop-feature-')
const GEO_DB = 'resources/geo-whois-asn-country.mmdb'

/** The feature over the fake Electron's login items (Linux: a real autostart file in a temp folder). */
function feature(platform: NodeJS.Platform, overrides: Partial<DesktopDeps> = {}) {
  const config = tempDir()
  const { electron } = createFakeElectron({ platform })
  const opened: string[] = []
  const desktop = createDesktopFeature({
    version: '0.1.0',
    versions: { node: '22.20.0', electron: '45.5.0', chrome: '146.0.0.0' },
    geoDbFile: GEO_DB,
    updates: { configured: false },
    loginItem: loginItem({
      platform,
      app: electron.app,
      linux: xdgAutostart({
        env: { XDG_CONFIG_HOME: config },
        execPath: '/opt/PayLight/paylight',
      }),
    }),
    openLogFolder: async () => {
      opened.push('logs')
      return { ok: true }
    },
    timers: realTimers,
    now: () => Date.parse('2026-11-26T10:00:00Z'),
    ...overrides,
  })
  onTestFinished(() => desktop.stop())
  return { desktop, config, opened, electron }
}

describe('the desktop feature', () => {
  it("answers About with the version, the runtime, the country database's own date and the login item", async () => {
    const { desktop } = feature('darwin')
    const about = await desktop.ipc.getAbout()
    expect(about.app).toEqual({ version: '0.1.0', licence: 'MIT' })
    expect(about.runtime).toEqual({ electron: '45.5.0', chrome: '146.0.0.0', node: '22.20.0' })
    const geo = about.data.find((d) => d.id === 'geo-whois-asn-country')
    expect(geo?.date).toBe(await mmdbBuildDate(GEO_DB))
    expect(about.updates.status).toEqual({ kind: 'not-configured' })
    expect(about.startAtLogin).toEqual({ enabled: false, needsApproval: false, canChange: true })
  })

  it('turns start at login on and off through the system, and reads back what it says', async () => {
    const { desktop, electron } = feature('win32')
    await expect(desktop.ipc.setStartAtLogin(true)).resolves.toEqual({
      ok: true,
      state: { enabled: true, needsApproval: false, canChange: true },
    })
    expect(electron.app.getLoginItemSettings({ args: ['--hidden'] }).openAtLogin).toBe(true)
    await expect(desktop.ipc.getStartAtLogin()).resolves.toMatchObject({
      ok: true,
      state: { enabled: true },
    })
    await expect(desktop.ipc.setStartAtLogin(false)).resolves.toMatchObject({
      state: { enabled: false },
    })
  })

  it('writes and removes the XDG autostart entry on Linux', async () => {
    const { desktop, config } = feature('linux')
    const file = path.join(config, 'autostart', AUTOSTART_FILE)
    await expect(desktop.ipc.setStartAtLogin(true)).resolves.toMatchObject({
      state: { enabled: true },
    })
    expect(readFileSync(file, 'utf8')).toContain('Exec=/opt/PayLight/paylight --hidden')
    await desktop.ipc.setStartAtLogin(false)
    expect(existsSync(file)).toBe(false)
  })

  it('says "failed" with the state read back when the system refuses the change', async () => {
    const { desktop } = feature('linux', {
      loginItem: {
        get: async () => ({ enabled: false, needsApproval: false, canChange: true }),
        set: async () => {
          throw new Error('EACCES: permission denied')
        },
      },
    })
    await expect(desktop.ipc.setStartAtLogin(true)).resolves.toEqual({
      ok: false,
      reason: 'failed',
      state: { enabled: false, needsApproval: false, canChange: true },
    })
  })

  it('opens the log folder through the glue and checks for updates only where configured', async () => {
    const { desktop, opened } = feature('linux')
    await expect(desktop.ipc.openLogFolder()).resolves.toEqual({ ok: true })
    expect(opened).toEqual(['logs'])
    await expect(desktop.ipc.checkForUpdates()).resolves.toEqual({ kind: 'not-configured' })
  })

  it('checks with electron-updater when the build has a publish target', async () => {
    const updater = Object.assign(
      {
        autoDownload: false,
        autoInstallOnAppQuit: false,
        logger: null,
        on: () => updater,
      },
      {
        checkForUpdates: async () => ({
          isUpdateAvailable: false,
          updateInfo: { version: '0.1.0' },
        }),
      },
    )
    const { desktop } = feature('linux', {
      updates: { configured: true, load: async () => updater as unknown as UpdaterLike },
    })
    await expect(desktop.ipc.checkForUpdates()).resolves.toEqual({
      kind: 'up-to-date',
      checkedAt: '2026-11-26T10:00:00.000Z',
    })
    await expect(desktop.checkForUpdates()).resolves.toMatchObject({ kind: 'up-to-date' })
    expect(updater.autoInstallOnAppQuit).toBe(true)
  })

  it('says what it cannot do without the desktop glue, instead of pretending', async () => {
    const desktop = createDesktopFeature({ ...headlessDesktop, timers: realTimers, now: Date.now })
    await expect(desktop.ipc.getStartAtLogin()).resolves.toEqual({
      ok: false,
      reason: 'unsupported',
    })
    await expect(desktop.ipc.openLogFolder()).resolves.toEqual({ ok: false })
    const about = await desktop.ipc.getAbout()
    expect(about.startAtLogin).toBeNull()
    expect(about.updates.status.kind).toBe('not-configured')
  })
})
