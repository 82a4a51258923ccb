import { existsSync, mkdirSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { createAppServices, type AppServices } from '../../src/main/app-services'
import { openGeoDb } from '../../src/main/geo-db'
import { createSettingsStore } from '../../src/main/settings-store'
import { createProfileStore } from '../../src/main/profile-store'
import { fakeCipher } from '../support/fake-cipher'
import { createLinkOpener } from '../../src/main/open-external'
import { browserAvailability, chromiumArgs, chromiumPath } from '../support/browser'
import { bridgePage } from '../support/bridge'
import { startFakeServer, type FakeServer } from '../support/fake-server'
import { fakeGeoProviders, fakeSourceList } from '../support/fake-sources'
import { loopbackFetch } from '../support/loopback-fetch'
import { fixture, traceBody } from '../support/provider-bodies'
import { startRendererServer } from '../support/renderer-server'

const availability = browserAvailability()
const screenshotDir = path.resolve(
  process.env['PAYLIGHT_SCREENSHOTS_DIR'] ?? 'test-results/screenshots',
)
const US = '104.28.41.17'

function healthy(server: FakeServer) {
  server.setRoute('/chatgpt', { kind: 'body', body: traceBody(US, 'US') })
  server.setRoute('/openai-api', { kind: 'body', body: traceBody(US, 'US', 'api.openai.com') })
  server.setRoute('/cloudflare', { kind: 'body', body: traceBody(US, 'US', 'www.cloudflare.com') })
  server.setRoute('/cf-v4', { kind: 'body', body: traceBody(US, 'US', '1.1.1.1') })
  server.setRoute('/cf-v6', { kind: 'body', body: fixture('cloudflare-trace-v6.txt') })
  server.setRoute('/ipify', { kind: 'body', body: US })
  server.setRoute('/ipify6', { kind: 'body', status: 503, body: '<html>upstream error</html>' })
  server.setRoute('/geo/ipwhois/', (p) => {
    const ip = decodeURIComponent(p.split('/').pop() ?? '')
    return {
      kind: 'body',
      body: JSON.stringify({ ip, success: true, country_code: ip === US ? 'US' : 'CN' }),
    }
  })
}

const suite = availability.run ? describe : describe.skip
const title = availability.run
  ? 'the built renderer in Chromium, bridged to the real services'
  : `e2e skipped: ${availability.reason}`

suite(title, () => {
  let browser: Browser
  let page: Page
  let sources: FakeServer
  let renderer: Awaited<ReturnType<typeof startRendererServer>>
  let services: AppServices
  let unbridge: () => void
  const cspErrors: string[] = []

  beforeAll(async () => {
    if (!existsSync('out/renderer/index.html') || !existsSync('out/preload/index.cjs')) {
      throw new Error('the app is not built: run `npm run build` first (npm test does)')
    }
    mkdirSync(screenshotDir, { recursive: true })
    const dataDir = mkdtempSync(path.join(tmpdir(), 'paylight-e2e-'))
    sources = await startFakeServer()
    healthy(sources)
    renderer = await startRendererServer()
    services = await createAppServices({
      fetch: loopbackFetch,
      resolveProxy: async () => 'PROXY 127.0.0.1:7890',
      locate: openGeoDb('resources/geo-whois-asn-country.mmdb').locate,
      sources: fakeSourceList(sources),
      geoProviders: fakeGeoProviders(sources),
      now: Date.now,
      timers: {
        setTimeout: (fn, ms) => setTimeout(fn, ms),
        clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
      },
      systemLocale: 'zh-CN',
      timeZone: null,
      settingsStore: createSettingsStore(dataDir),
      profileStore: createProfileStore(dataDir, fakeCipher()),
      files: { chooseExportFile: async () => null, chooseImportFile: async () => null },
      openLink: createLinkOpener(async () => undefined),
    })
    browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs })
    page = await browser.newPage({ viewport: { width: 1100, height: 900 }, locale: 'zh-CN' })
    page.on('console', (msg) => {
      if (/Content Security Policy/i.test(msg.text())) cspErrors.push(msg.text())
    })
    unbridge = await bridgePage(page, services, renderer.origin)
    services.start()
    await page.goto(`${renderer.origin}/index.html`)
  })

  afterAll(async () => {
    unbridge?.()
    services?.stop()
    await browser?.close()
    await renderer?.close()
    await sources?.close()
  })

  it('shows each exit, its country and who said so, in Chinese', async () => {
    const merchant = page.getByRole('region', { name: '商户线路（OpenAI 看到的）' })
    await merchant.getByText(US).waitFor()
    await merchant.getByText('美国 US', { exact: true }).waitFor()
    await page
      .getByRole('region', { name: 'IPv6 出口' })
      .getByText('中国 CN', { exact: true })
      .waitFor()
    await page.getByText('灰灯：情况未知 — 尚未填写卡片资料，无法比较').waitFor()
    await page.getByText('PROXY 127.0.0.1:7890').first().waitFor()
    const failedRow = page.getByRole('row', { name: /ipify6/ })
    await failedRow.getByText('HTTP 错误').waitFor()
    await page.screenshot({ path: path.join(screenshotDir, 'status-zh.png'), fullPage: true })
  })

  it('checks again on "Check now" and shows what changed, live', async () => {
    sources.setRoute('/chatgpt', { kind: 'body', body: traceBody('8.8.8.8', 'US') })
    sources.resetCounters()
    await page.getByRole('button', { name: '立即检查' }).click()
    const merchant = page.getByRole('region', { name: '商户线路（OpenAI 看到的）' })
    await merchant.getByText('8.8.8.8').waitFor()
    await page.getByText(/分流：商户线路 8\.8\.8\.8 与普通线路 104\.28\.41\.17 不同/).waitFor()
    expect(sources.requests).toContain('/chatgpt')
    sources.setRoute('/chatgpt', { kind: 'body', body: traceBody(US, 'US') })
    await page.getByRole('button', { name: '立即检查' }).click()
    await merchant.getByText(US).waitFor()
  })

  it('switches to English and keeps it', async () => {
    await page.getByRole('button', { name: 'English' }).click()
    await page
      .getByRole('region', { name: 'Merchant route (what OpenAI sees)' })
      .getByText('United States of America US', { exact: true })
      .waitFor()
    await page
      .getByText('Grey: unknown — No card profile yet, so there is nothing to compare')
      .waitFor()
    expect(services.state().settings.language).toBe('en')
    await page.screenshot({ path: path.join(screenshotDir, 'status-en.png'), fullPage: true })
  })

  it('turns grey with the reason when every source fails', async () => {
    for (const name of ['chatgpt', 'openai-api', 'cloudflare', 'cf-v4', 'cf-v6', 'ipify', 'ipify6'])
      sources.setRoute(`/${name}`, { kind: 'reset' })
    await page.getByRole('button', { name: 'Check now' }).click()
    await page
      .getByText('Grey: unknown — No card profile yet, so there is nothing to compare')
      .waitFor()
    await page.getByText('check failed', { exact: true }).waitFor()
    await page.getByRole('table', { name: 'Failures' }).waitFor()
    healthy(sources)
  })

  it('runs under the strict CSP without a single violation', () => {
    expect(cspErrors).toEqual([])
  })

  it('enforces the CSP: an injected inline script does not run', async () => {
    await page.evaluate(() => {
      const script = document.createElement('script')
      script.textContent = 'window.__injected = true'
      document.body.appendChild(script)
    })
    expect(
      await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected),
    ).toBeUndefined()
    expect(cspErrors.length).toBeGreaterThan(0)
  })
})
