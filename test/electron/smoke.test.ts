import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { _electron, type ElectronApplication } from 'playwright-core'
import {
  SMOKE_PROBE_GLOBAL,
  SMOKE_SOURCES_ENV,
  SMOKE_USER_DATA_ENV,
  type SmokeProbe,
} from '../../src/main/desktop/smoke-test-overrides'
import type { AppState } from '../../src/shared/contract/app-state'
import { startFakeServer } from '../support/fake-server'
import { usProfile } from '../support/profiles'
import { electronBinary } from './electron-binary'

const binary = electronBinary()

/** A merchant edge and an IPv4 echo on 127.0.0.1 whose exit the test moves. */
async function fakeSources() {
  let exit = { ip: '133.242.0.1', loc: 'JP' }
  const server = await startFakeServer({
    '/cdn-cgi/trace': () => ({
      kind: 'body',
      body: `fl=1\nh=chatgpt.com\nip=${exit.ip}\nts=1\nloc=${exit.loc}\n`,
    }),
    '/ip': () => ({ kind: 'body', body: exit.ip }),
  })
  const sources = [
    {
      name: 'chatgpt',
      url: server.url('/cdn-cgi/trace'),
      kind: 'merchant',
      family: 'any',
      parser: 'cf-trace',
      probe: true,
    },
    { name: 'echo4', url: server.url('/ip'), kind: 'echo', family: 'v4', parser: 'plain-ip' },
  ]
  return {
    server,
    json: JSON.stringify({ sources, geo: [] }),
    move: (next: typeof exit) => (exit = next),
  }
}

// The built app in real Electron (`npm run test:electron`; CI runs it on macOS, Windows and Ubuntu
// under Xvfb): a temporary user data folder, fake sources on 127.0.0.1 through the test-only
// overrides, then what a user would see — the tray, the window with the first state, a check that
// turns the light, a notice, a clean quit.
describe.skipIf(binary.path === null)('PayLight in real Electron', () => {
  let app: ElectronApplication
  let userData: string
  let sources: Awaited<ReturnType<typeof fakeSources>>
  const state = () =>
    app.evaluate(
      (_electron, name) =>
        (globalThis as unknown as Record<string, SmokeProbe>)[name]?.state() ?? null,
      SMOKE_PROBE_GLOBAL,
    ) as Promise<AppState | null>

  beforeAll(async () => {
    userData = mkdtempSync(path.join(tmpdir(), 'paylight-smoke-'))
    sources = await fakeSources()
    app = await _electron.launch({
      executablePath: binary.path ?? '',
      args: ['.'],
      env: { ...process.env, [SMOKE_USER_DATA_ENV]: userData, [SMOKE_SOURCES_ENV]: sources.json },
      timeout: 60_000,
    })
  })
  afterAll(async () => {
    await app?.close().catch(() => undefined)
    await sources?.server.close()
    if (userData) rmSync(userData, { recursive: true, force: true })
  })

  it('puts its light in the tray, with no window at start', async () => {
    await vi.waitFor(
      async () =>
        expect(
          await app.evaluate(
            (_e, name) => (globalThis as unknown as Record<string, SmokeProbe>)[name]?.hasTray(),
            SMOKE_PROBE_GLOBAL,
          ),
        ).toBe(true),
      { timeout: 30_000, interval: 200 },
    )
    // A tray app starts without a window, except on a GNOME desktop without a tray host (there the
    // window stands in for the tray); CI's Xvfb session has no desktop at all.
    if (!/gnome/i.test(process.env['XDG_CURRENT_DESKTOP'] ?? ''))
      expect(app.windows()).toHaveLength(0)
  })

  it('opens the window with the first state', async () => {
    await app.evaluate(
      (_e, name) => (globalThis as unknown as Record<string, SmokeProbe>)[name]?.openWindow(),
      SMOKE_PROBE_GLOBAL,
    )
    const page = await app.firstWindow()
    await page.waitForLoadState('domcontentloaded')
    expect(page.url()).toBe('app://paylight/index.html')
    const first = await page.evaluate(() =>
      (
        globalThis as unknown as { paylight: { getState(): Promise<{ revision: number }> } }
      ).paylight.getState(),
    )
    expect(first.revision).toBeGreaterThan(0)
    await expect(page.getByRole('tablist').first().isVisible()).resolves.toBe(true)
  })

  it('a check against the fake exit turns the light: a US card leaving in Japan is red', async () => {
    const page = await app.firstWindow()
    const saved = await page.evaluate(
      (profile) =>
        (
          globalThis as unknown as { paylight: { saveProfile(p: unknown): Promise<unknown> } }
        ).paylight.saveProfile(profile),
      usProfile(),
    )
    expect(saved).toEqual({ ok: true })
    await page.evaluate(() =>
      (globalThis as unknown as { paylight: { checkNow(): Promise<unknown> } }).paylight.checkNow(),
    )
    await vi.waitFor(async () => expect((await state())?.verdict.light).toBe('red'), {
      timeout: 30_000,
      interval: 250,
    })
    expect((await state())?.monitor.observation?.exits.merchant?.country).toBe('JP')
  })

  it('posts a notice when the exit moves', async () => {
    const page = await app.firstWindow()
    sources.move({ ip: '104.28.41.17', loc: 'US' })
    await page.evaluate(() =>
      (globalThis as unknown as { paylight: { checkNow(): Promise<unknown> } }).paylight.checkNow(),
    )
    await vi.waitFor(async () => expect((await state())?.notices.length ?? 0).toBeGreaterThan(0), {
      timeout: 30_000,
      interval: 250,
    })
  })

  it('quits cleanly', async () => {
    const closed = app.waitForEvent('close', { timeout: 30_000 })
    const exited = new Promise<number | null>((resolve) =>
      app.process().once('exit', (code) => resolve(code)),
    )
    // The evaluation may lose its answer as the process goes: the exit code is what counts.
    await app.evaluate(({ app: electronApp }) => electronApp.quit()).catch(() => undefined)
    await closed
    expect(await exited).toBe(0)
  })
})
