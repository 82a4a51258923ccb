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
  windowsAfterHiddenLaunch: WindowReport[]
  windowsAfterSecondInstance: WindowReport[]
  windowFocus: { focusCalls: number; appCalls: string[] } | null
  reloadsAfterCrash: number
  windowStateSaved: boolean
  windowsAfterActivate: WindowReport[]
  applicationMenu: { label: string; items: (string | undefined)[] }[]
  messageBoxes: string[]
  windowState: { revision: number; light: string } | null
  quitSteps: string[]
  windowsAtQuit: WindowReport[]
  logFile: string[] | null
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
  return {
    report,
    resources,
    userData,
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  }
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
    let userData: string
    let cleanup: () => void

    beforeAll(async () => {
      if (!existsSync('out/main/index.js'))
        throw new Error('the app is not built: run `npm run build` first (npm test does)')
      ;({ report, resources, userData, cleanup } = await runBundle(platform, desktop))
    })
    afterAll(() => cleanup())

    it('starts without an error, breaks no ready-order rule, and finds every shipped resource', () => {
      expect(report.platform).toBe(platform)
      expect(report.errors).toEqual([])
      // Every log line goes to the log file, none to the console of a packaged build.
      expect(report.logs).toEqual([])
      // Only the deliberate untrusted-sender probe and crash may warn; a missing resource would
      // log an error.
      // On the Windows branch the network watch finds no PowerShell on this machine and says it
      // falls back to polling.
      const polling = 'no network change notices from the system; polling'
      const problems = (report.logFile ?? []).filter((line) => /\[(warn|error)\]/.test(line))
      const lines = problems.map((line) => line.replace(/^\[[^\]]+\] /, ''))
      expect(lines.filter((line) => line.includes(polling))).toHaveLength(
        platform === 'win32' ? 1 : 0,
      )
      expect(lines.filter((line) => !line.includes(polling))).toEqual([
        "[warn]  ipc: refused IPC from an untrusted sender { channel: 'paylight:get-state' }",
        "[error] processes: renderer gone { reason: 'crashed', exitCode: 1, ours: true }",
      ])
    })

    it("writes its log into the user data folder: each check's outcome, without an IP", () => {
      expect(report.logFile).not.toBeNull()
      const text = (report.logFile ?? []).join('\n')
      expect(text).toMatch(/\[info\]\s+check: check failed \{/)
      expect(text).toContain("trigger: 'start'")
      expect(text).not.toMatch(/\b\d{1,3}(\.\d{1,3}){3}\b/)
      expect(existsSync(path.join(userData, 'logs', 'paylight.log'))).toBe(true)
    })

    it('has its own application menu in the language in effect, without developer tools', () => {
      const labels = report.applicationMenu.map((m) => m.label)
      expect(labels).toEqual(
        platform === 'darwin' ? ['付款红绿灯', '编辑', '窗口'] : ['文件', '编辑', '帮助'],
      )
      const items = report.applicationMenu.flatMap((m) => m.items)
      expect(items).toContain('检查更新…')
      expect(items).not.toContain('开发者工具')
      expect(items).not.toContain('重新载入')
    })

    it('answers "检查更新…" from the tray: this build has no update source, and says so', () => {
      expect(report.trayAtEnd.menu.map((item) => item.label)).toContain('检查更新…')
      expect(report.messageBoxes).toEqual(['此版本没有配置更新来源，不会检查更新'])
    })

    it('opens nothing for a copy started at login, reloads a crashed window, and keeps its place', () => {
      expect(report.windowsAfterHiddenLaunch.filter((w) => !w.destroyed)).toEqual(
        report.windowsAfterClose.filter((w) => !w.destroyed),
      )
      expect(report.reloadsAfterCrash).toBe(1)
      expect(report.windowStateSaved).toBe(true)
      expect(report.windowFocus?.focusCalls).toBeGreaterThan(0)
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
      it('takes the focus from the app in front, and opens the window when the app is re-opened', () => {
        expect(report.windowFocus?.appCalls).toContain('focus:{"steal":true}')
        expect(report.windowsAfterActivate.filter((w) => !w.destroyed)).toHaveLength(1)
      })

    if (platform === 'win32')
      it('registers its fixed toast activator before its user model id', () => {
        expect(report.appCalls).toEqual([
          'enableSandbox',
          'setToastActivatorCLSID:{12CE0725-C28B-44DD-974B-94962A77EBE1}',
          'setAppUserModelId:app.paylight.desktop',
        ])
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
