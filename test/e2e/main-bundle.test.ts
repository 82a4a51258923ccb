import { execFile } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { invokeChannels } from '../../src/shared/contract/ipc-channels'

interface TrayReport {
  images: string[]
  tooltips: string[]
  titles: string[]
  menu: { label?: string; enabled?: boolean; type?: string }[]
  clickListeners: number
  iconEmpty: boolean
}
interface WindowReport {
  url: string
  webPreferences: Record<string, unknown>
  visible: boolean
  destroyed: boolean
  minimized: boolean
}
interface Report {
  platform: string
  errors: string[]
  logs: string[]
  schemes: { scheme: string; privileges: Record<string, boolean> }[]
  protocolHandlers: string[]
  ipcChannels: string[]
  appCalls: string[]
  appListeners: string[]
  sessions: { partition: string; options: { cache: boolean } | null; deniesPermissions: boolean }[]
  ipcProbe: unknown
  protocolProbe: { status: number; hasCsp: boolean; escapes: number }
  trayAtStart: TrayReport
  trayAtEnd: TrayReport
  imagesAfterThemeChange: string[]
  windowsAtStart: WindowReport[]
  windowsAfterClose: WindowReport[]
  windowsAfterSecondInstance: WindowReport[]
  windowState: { revision: number; light: string } | null
  quitSteps: string[]
  windowsAtQuit: WindowReport[]
}

/** Lays out a packaged app's resources as electron-builder's extraResources does. */
function packagedLayout(root: string): string {
  const resources = path.join(root, 'resources')
  mkdirSync(resources, { recursive: true })
  for (const entry of ['tray', 'asn.bin', 'geo-whois-asn-country.mmdb', 'iptoasn-country.mmdb'])
    cpSync(path.join('resources', entry), path.join(resources, entry), { recursive: true })
  return resources
}

/** Starts the built bundle against the fake on one platform branch and reads what it did. */
async function runBundle(platform: NodeJS.Platform, desktop: string | undefined) {
  const root = mkdtempSync(path.join(tmpdir(), 'paylight-main-'))
  const resources = packagedLayout(root)
  const userData = path.join(root, 'user')
  mkdirSync(userData)
  const reportFile = path.join(root, 'report.json')
  await new Promise<void>((resolve, reject) => {
    execFile(
      process.execPath,
      ['--import', './test/support/fake-electron/register.mjs', 'out/main/index.js'],
      {
        env: {
          // No PATH: `reg` and `gsettings` cannot be found, as on a machine without them.
          PATH: '',
          ...(desktop ? { XDG_CURRENT_DESKTOP: desktop } : {}),
          PAYLIGHT_FAKE_PLATFORM: platform,
          PAYLIGHT_FAKE_PACKAGED: '1',
          PAYLIGHT_FAKE_RESOURCES: resources,
          // A packaged app's own path is inside app.asar; nothing may be read from beside it.
          PAYLIGHT_FAKE_APP_PATH: path.join(resources, 'app.asar'),
          PAYLIGHT_FAKE_REPORT: reportFile,
          PAYLIGHT_FAKE_USERDATA: userData,
        },
        timeout: 30_000,
      },
      (error) => (error ? reject(error) : resolve()),
    )
  })
  const report = JSON.parse(readFileSync(reportFile, 'utf8')) as Report
  return { report, resources, cleanup: () => rmSync(root, { recursive: true, force: true }) }
}

const cases = [
  { platform: 'darwin', desktop: undefined, icon: 'greyTemplate.png' },
  { platform: 'win32', desktop: undefined, icon: 'grey-dark.ico' },
  { platform: 'linux', desktop: 'ubuntu:GNOME', icon: 'grey-light.png' },
  { platform: 'linux', desktop: 'KDE', icon: 'grey-light.png' },
] as const

// The built main process (out/main/index.js, ESM) started on plain Node with `electron` replaced by
// a fake that keeps Electron's rules (ready order, one handler per channel), on each platform's
// branch and in a packaged layout: catches what only the real bundle can get wrong (module format,
// __dirname, resource paths, start-up order) on a machine where Electron itself cannot run.
describe.each(cases)(
  'the built main bundle on $platform ($desktop)',
  ({ platform, desktop, icon }) => {
    let report: Report
    let resources: string
    let cleanup: () => void

    beforeAll(async () => {
      if (!existsSync('out/main/index.js'))
        throw new Error('the app is not built: run `npm run build` first (npm test does)')
      ;({ report, resources, cleanup } = await runBundle(platform, desktop))
    })
    afterAll(() => cleanup())

    it('starts without an error, breaks no ready-order rule, and finds every shipped resource', () => {
      expect(report.platform).toBe(platform)
      expect(report.errors).toEqual([])
      // Only the deliberate untrusted-sender probe may warn; a missing resource would log an error.
      expect(report.logs.filter((line) => !line.includes('untrusted sender'))).toEqual([])
    })

    it('registers app:// before ready and serves the renderer from it, with its CSP and no escape', () => {
      expect(report.schemes).toEqual([
        {
          scheme: 'app',
          privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
        },
      ])
      expect(report.appCalls[0]).toBe('enableSandbox')
      expect(report.protocolHandlers).toEqual(['app'])
      expect(report.protocolProbe).toEqual({ status: 200, hasCsp: true, escapes: 404 })
    })

    it('serves exactly the IPC contract and refuses a sender that is not our window', () => {
      expect(report.ipcChannels.sort()).toEqual(Object.values(invokeChannels).sort())
      expect(report.ipcProbe).toEqual({ rejected: 'untrusted-sender' })
    })

    it('runs its checks on their own cache-less session, with every permission denied', () => {
      expect(report.sessions).toEqual([
        { partition: '', options: null, deniesPermissions: true },
        { partition: 'paylight-checks', options: { cache: false }, deniesPermissions: true },
      ])
      expect(report.appListeners).toEqual([
        'second-instance',
        'window-all-closed',
        'web-contents-created',
        'before-quit',
      ])
    })

    it("shows this platform's grey tray icon from the packaged resources, leading with the next step", () => {
      const first = report.trayAtStart.images[0] ?? ''
      expect(path.dirname(first)).toBe(path.join(resources, 'tray'))
      expect(path.basename(first)).toBe(icon)
      expect(existsSync(first)).toBe(true)
      expect(report.trayAtStart.iconEmpty).toBe(false)
      // No network here: the exit cannot be seen, and that comes before the card.
      expect(report.trayAtStart.tooltips.at(-1)).toMatch(
        /^下一步：确认能看到网络出口\n付款红绿灯 · 灰灯 · /,
      )
      const labels = report.trayAtEnd.menu.map((item) => item.label)
      expect(labels[0]).toBe('下一步：确认能看到网络出口')
      expect(labels).toEqual(
        expect.arrayContaining(['立即检查', '打开付款红绿灯', '暂停监测', '退出']),
      )
    })

    it('opens the window from app:// with the built CommonJS preload when launched again', () => {
      const window = report.windowsAfterSecondInstance.at(-1)
      expect(report.windowsAfterSecondInstance).toHaveLength(1)
      expect(window).toMatchObject({
        url: 'app://paylight/index.html',
        visible: true,
        destroyed: false,
      })
      expect(window?.webPreferences).toMatchObject({
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
      })
      expect(existsSync(String(window?.webPreferences['preload']))).toBe(true)
    })

    it("answers its window's first getState with a state Electron can send (structured clone)", () => {
      expect(report.windowState).toEqual({ revision: expect.any(Number), light: 'grey' })
    })

    it("quits cleanly from the tray's Quit: no window vetoes it, will-quit and quit follow", () => {
      expect(report.quitSteps).toEqual(['before-quit', 'will-quit', 'quit'])
      expect(report.windowsAtQuit.every((w) => w.destroyed)).toBe(true)
    })

    if (platform === 'darwin')
      it('binds no tray click (the menu opens on it) and titles the menu bar with the payment exit', () => {
        expect(report.trayAtEnd.clickListeners).toBe(0)
        // No exit is known offline: an empty title, not a stale or made-up country.
        expect(report.trayAtEnd.titles).toEqual([''])
        expect(report.imagesAfterThemeChange).toEqual([])
      })

    if (platform === 'win32')
      it('follows the taskbar, not the app theme: dark icons when the taskbar theme is unreadable', () => {
        expect(report.trayAtEnd.clickListeners).toBe(1)
        expect(report.trayAtEnd.titles).toEqual([])
        expect(report.imagesAfterThemeChange).toEqual([])
      })

    if (platform === 'linux')
      it('re-applies the tray icon when the system theme turns dark', () => {
        expect(report.trayAtEnd.clickListeners).toBe(1)
        expect(report.imagesAfterThemeChange.map((f) => path.basename(f))).toEqual([
          'grey-dark.png',
        ])
      })

    if (desktop === 'ubuntu:GNOME')
      it('opens the window at start on GNOME with no tray extension, and minimises it on close', () => {
        expect(report.windowsAtStart).toMatchObject([{ visible: true, destroyed: false }])
        expect(report.windowsAfterClose).toMatchObject([{ destroyed: false, minimized: true }])
        expect(report.windowsAfterSecondInstance).toMatchObject([
          { minimized: false, visible: true },
        ])
      })
    else
      it('starts with no window: the tray is the way in', () => {
        expect(report.windowsAtStart).toEqual([])
      })
  },
)
