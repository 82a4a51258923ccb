import path from 'node:path'
import { browserSuite } from '../support/browser'
import { healthyRoutes, screenshotDir, startE2eApp, US, type E2eApp } from '../support/e2e-harness'
import { traceBody } from '../support/provider-bodies'

const title = 'the status page: built renderer in Chromium, bridged to the real services'

browserSuite(title, () => {
  // A fresh app (services, data folder, fake network, browser) per test: no test depends on what
  // another one left behind, or on the order they run in.
  let app: E2eApp
  beforeEach(async () => {
    app = await startE2eApp()
  })
  afterEach(() => app?.close())

  it('shows each exit, its country and who said so, in Chinese', async () => {
    const { page } = app
    const merchant = page.getByRole('region', { name: '商户线路（OpenAI 看到的）' })
    await merchant.getByText(US).waitFor()
    await merchant.getByText('美国 US', { exact: true }).waitFor()
    await page
      .getByRole('region', { name: 'IPv6 出口' })
      .getByText('中国 CN', { exact: true })
      .waitFor()
    // No card yet, but the IPv6 exit is in a region the merchant does not serve: red, not grey.
    await page
      .locator('header')
      .getByText(/^红灯 · IPv6 出口在中国/)
      .waitFor()
    await page.getByText('技术细节：各来源、代理规则、耗时').click()
    await page.getByText('PROXY 127.0.0.1:7890').first().waitFor()
    await page
      .getByRole('row', { name: /ipify（IPv6）/ })
      .getByText('HTTP 错误')
      .waitFor()
    await page.screenshot({ path: path.join(screenshotDir, 'status-zh.png'), fullPage: true })
  })

  it('checks again on "Check now" and shows what changed, live', async () => {
    const { page, sources } = app
    sources.setRoute('/chatgpt', { kind: 'body', body: traceBody('8.8.8.8', 'US') })
    sources.resetCounters()
    await page.getByRole('button', { name: '立即检查' }).click()
    const merchant = page.getByRole('region', { name: '商户线路（OpenAI 看到的）' })
    await merchant.getByText('8.8.8.8').waitFor()
    await page.getByText('技术细节：各来源、代理规则、耗时').click()
    await page.getByText(/分流：商户线路 8\.8\.8\.8 与普通线路 104\.28\.41\.17 不同/).waitFor()
    expect(sources.requests).toContain('/chatgpt')
    sources.setRoute('/chatgpt', { kind: 'body', body: traceBody(US, 'US') })
    await page.getByRole('button', { name: '立即检查' }).click()
    await merchant.getByText(US).waitFor()
  })

  it('switches to English and keeps it', async () => {
    const { page, services } = app
    await page.getByRole('button', { name: 'English' }).click()
    await page
      .getByRole('region', { name: 'Merchant route (what OpenAI sees)' })
      .getByText('United States US', { exact: true })
      .waitFor()
    await page
      .locator('header')
      .getByText(/^Red · IPv6 exit in China/)
      .waitFor()
    expect(services.state().settings.language).toBe('en')
    await page.screenshot({ path: path.join(screenshotDir, 'status-en.png'), fullPage: true })
  })

  it('turns grey with the reason when every source fails', async () => {
    const { page, sources } = app
    await page.getByRole('button', { name: 'English' }).click()
    for (const name of ['chatgpt', 'openai-api', 'cloudflare', 'cf-v4', 'cf-v6', 'ipify', 'ipify6'])
      sources.setRoute(`/${name}`, { kind: 'reset' })
    await page.getByRole('button', { name: 'Check now' }).click()
    await page.getByText('check failed', { exact: true }).waitFor()
    await page.getByText('Technical detail: sources, proxy rules, timings').click()
    await page.getByRole('table', { name: 'Failures' }).waitFor()
    healthyRoutes(sources)
  })

  it('changes settings from the window: interval and the online cross-check', async () => {
    const { page, services } = app
    await page.getByRole('button', { name: 'English' }).click()
    await page.getByRole('tab', { name: 'Settings' }).click()
    await page.getByLabel('Check interval').selectOption('120000')
    // The checkbox follows main's state: click, then wait for main to confirm.
    await page.getByLabel(/Cross-check each new exit IP/).click()
    await expect
      .poll(() => services.state().settings)
      .toMatchObject({ intervalMs: 120_000, crossCheck: false })
    expect(services.state().monitor.intervalMs).toBe(120_000)
    await page.getByLabel('Language').selectOption('system')
    await page.getByLabel('语言').waitFor()
    expect(services.state().settings.language).toBe('system')
    await page.getByLabel('语言').selectOption('en')
    await page.getByLabel('Language').waitFor()
    await page.getByRole('tab', { name: 'Status' }).click()
  })

  it('runs under the strict CSP without a single violation', async () => {
    const { page } = app
    await page.getByText('技术细节：各来源、代理规则、耗时').click()
    await page.getByText('PROXY 127.0.0.1:7890').first().waitFor()
    for (const tab of ['卡片资料', '排查清单', '设置', '状态'])
      await page.getByRole('tab', { name: tab }).click()
    await page.getByRole('button', { name: '立即检查' }).click()
    await page.getByRole('button', { name: 'English' }).click()
    await page.getByRole('button', { name: 'Check now' }).waitFor()
    expect(app.cspErrors).toEqual([])
  })

  it('enforces the CSP: an injected inline script does not run', async () => {
    const { page } = app
    await page.evaluate(() => {
      const script = document.createElement('script')
      script.textContent = 'window.__injected = true'
      document.body.appendChild(script)
    })
    expect(
      await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected),
    ).toBeUndefined()
    expect(app.cspErrors.length).toBeGreaterThan(0)
  })
})
