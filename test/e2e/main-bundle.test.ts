import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { invokeChannels } from '../../src/shared/ipc-channels'

interface Report {
  schemes: { scheme: string; privileges: Record<string, boolean> }[]
  protocolHandlers: string[]
  ipcChannels: string[]
  tray: { images: string[]; tooltips: string[]; menus: { label?: string }[][] }
  windows: { url: string; options: { webPreferences: Record<string, unknown> } }[]
  appEvents: string[]
  errors: string[]
  ipcProbe: unknown
  protocolProbe: { status: number; hasCsp: boolean; escapes: number }
}

// The built main process (out/main/index.js, ESM) started on plain Node with `electron` replaced by
// a recording fake: catches what only the real bundle can get wrong (module format, __dirname,
// JSON imports, start-up order) on a machine where Electron itself cannot run.
describe('the built main bundle, started against a fake Electron', () => {
  let report: Report
  let userData: string

  beforeAll(async () => {
    if (!existsSync('out/main/index.js'))
      throw new Error('the app is not built: run `npm run build` first (npm test does)')
    userData = mkdtempSync(path.join(tmpdir(), 'paylight-main-'))
    const reportFile = path.join(userData, 'report.json')
    await new Promise<void>((resolve, reject) => {
      execFile(
        process.execPath,
        ['--import', './test/support/fake-electron/register.mjs', 'out/main/index.js'],
        {
          env: {
            ...process.env,
            PAYLIGHT_FAKE_REPORT: reportFile,
            PAYLIGHT_FAKE_USERDATA: userData,
          },
          timeout: 30_000,
        },
        (error) => (error ? reject(error) : resolve()),
      )
    })
    report = JSON.parse(readFileSync(reportFile, 'utf8')) as Report
  })
  afterAll(() => rmSync(userData, { recursive: true, force: true }))

  it('starts without an error', () => {
    expect(report.errors).toEqual([])
  })

  it('registers app:// as a privileged scheme and serves the renderer from it, with its CSP and no escape', () => {
    expect(report.schemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ])
    expect(report.protocolHandlers).toEqual(['app'])
    expect(report.protocolProbe).toEqual({ status: 200, hasCsp: true, escapes: 404 })
  })

  it('serves exactly the IPC contract and refuses a sender that is not our window', () => {
    expect(report.ipcChannels.sort()).toEqual(Object.values(invokeChannels).sort())
    expect(report.ipcProbe).toEqual({ rejected: 'untrusted-sender' })
  })

  it('is a single-instance tray app that keeps running when its window closes', () => {
    expect(report.appEvents).toEqual(
      expect.arrayContaining([
        'second-instance',
        'window-all-closed',
        'web-contents-created',
        'permission-request-handler',
        'permission-check-handler',
      ]),
    )
    expect(report.windows.length).toBeLessThanOrEqual(1)
  })

  it('shows a grey tray light with the reason, in the system language, and the menu actions', () => {
    expect(existsSync(report.tray.images[0] ?? '')).toBe(true)
    expect(path.basename(report.tray.images.at(-1) ?? '')).toBe('grey-light.png')
    expect(report.tray.tooltips.at(-1)).toMatch(/^付款红绿灯 · 灰灯：情况未知 — 尚未填写卡片资料/)
    const labels = report.tray.menus.at(-1)?.map((item) => item.label)
    expect(labels).toEqual(
      expect.arrayContaining(['立即检查', '打开付款红绿灯', '暂停监测', '退出']),
    )
  })

  it('opens the window on demand from app:// with the built CommonJS preload', () => {
    const [window] = report.windows
    expect(window?.url).toBe('app://paylight/index.html')
    expect(window?.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    })
    expect(existsSync(String(window?.options.webPreferences['preload']))).toBe(true)
  })
})
