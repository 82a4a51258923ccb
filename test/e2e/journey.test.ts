import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { trayMenuTemplate, type TrayActions } from '../../src/main/tray/tray-controller'
import { trayIconFiles } from '../../src/main/tray/tray-icons'
import type { AppState } from '../../src/shared/contract/app-state'
import { trayLead } from '../../src/shared/view/tray-lead'
import { trayView } from '../../src/shared/view/tray-view'
import { browserSuite } from '../support/browser'
import { screenshotDir, startE2eApp, type E2eApp } from '../support/e2e-harness'
import type { FakeServer } from '../support/fake-server'
import { usProfile } from '../support/profiles'
import { traceBody } from '../support/provider-bodies'

const title =
  'a user’s day in Chromium: no card yet, the switch that was asked for, the urgent stop'

// Exits the bundled geo database places in China, Japan and the US.
const CN = '114.114.114.114'
const JP = '153.127.0.1'
const US = '104.28.41.17'
const countryOf: Record<string, string> = { [CN]: 'CN', [JP]: 'JP', [US]: 'US' }

/** Every IPv4 route leaves by `ip`; IPv6 is absent, so only the IPv4 exit matters. */
function exitAt(sources: FakeServer, ip: string): void {
  const cc = countryOf[ip] ?? 'US'
  sources.setRoute('/chatgpt', { kind: 'body', body: traceBody(ip, cc) })
  sources.setRoute('/openai-api', { kind: 'body', body: traceBody(ip, cc, 'api.openai.com') })
  sources.setRoute('/cloudflare', { kind: 'body', body: traceBody(ip, cc, 'www.cloudflare.com') })
  sources.setRoute('/cf-v4', { kind: 'body', body: traceBody(ip, cc, '1.1.1.1') })
  sources.setRoute('/ipify', { kind: 'body', body: ip })
  sources.setRoute('/cf-v6', { kind: 'unreachable' })
  sources.setRoute('/ipify6', { kind: 'unreachable' })
  sources.setRoute('/geo/ipwhois/', (p) => {
    const asked = decodeURIComponent(p.split('/').pop() ?? '')
    const body = { ip: asked, success: true, country_code: countryOf[asked] ?? 'US' }
    return { kind: 'body', body: JSON.stringify(body) }
  })
}

const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(screenshotDir, name), fullPage: true })

const noActions: TrayActions = {
  checkNow: () => undefined,
  open: () => undefined,
  openPage: () => undefined,
  setPaused: () => undefined,
  quit: () => undefined,
  startSession: () => undefined,
  declined: () => undefined,
}

/** The tray's icon and menu as the app builds them from this state, drawn in a page. */
async function drawTray(
  page: Page,
  state: AppState,
  file: string,
): Promise<{ lines: readonly string[]; icon: string | null }> {
  const view = trayView(state, Date.now())
  const items = trayMenuTemplate(view, state.lang, noActions, trayLead(state))
  const icon = readFileSync(path.join('resources/tray', trayIconFiles(view.light, 'light').x2))
  const rows = items
    .map((i) => (i.type === 'separator' ? '<hr>' : `<li>${i.label ?? ''}</li>`))
    .join('')
  // A page of its own (about:blank), outside the app's Content Security Policy.
  const browser = page.context().browser()
  if (!browser) throw new Error('no browser to draw the tray in')
  const tray = await browser.newPage()
  try {
    await tray.setViewportSize({ width: 460, height: 420 })
    await tray.setContent(
      `<body style="font:14px sans-serif;margin:12px;background:#eceff1">
        <img alt="${view.light}" width="32" height="32" src="data:image/png;base64,${icon.toString('base64')}">
        <ul style="list-style:none;padding:6px 12px;border:1px solid #aaa;border-radius:6px;margin:6px 0;background:#fff;line-height:1.7">${rows}</ul>
      </body>`,
    )
    await tray.locator('body').screenshot({ path: path.join(screenshotDir, file) })
    return {
      lines: items.flatMap((i) => (i.type === 'separator' ? [] : [String(i.label)])),
      icon: await tray.locator('img').getAttribute('alt'),
    }
  } finally {
    await tray.close()
  }
}

browserSuite(title, () => {
  let app: E2eApp | undefined
  afterEach(() => app?.close())

  it('with no card and a Chinese exit: red, the network first', async () => {
    app = await startE2eApp({ prepareRoutes: (sources) => exitAt(sources, CN) })
    const { page, services } = app
    await page.getByText(CN).first().waitFor()
    await expect.poll(() => services.state().verdict.light).toBe('red')
    await page.getByRole('heading', { level: 1 }).waitFor()
    expect(await page.locator('header').innerText()).toMatch(/红灯/)
    await shot(page, 'no-profile-cn-zh.png')
    await page.getByRole('button', { name: 'English' }).click()
    await page.locator('header').getByText(/Red/).first().waitFor()
    await shot(page, 'no-profile-cn-en.png')
  })

  it('after the switch from Japan to the US that was asked for: a countdown to green', async () => {
    app = await startE2eApp({ prepareRoutes: (sources) => exitAt(sources, JP) })
    const { page, services, sources } = app
    await services.ipc.saveProfile(usProfile())
    await page.getByText(JP).first().waitFor()
    await expect.poll(() => services.state().verdict.light).toBe('red')
    exitAt(sources, US)
    await services.monitor.trigger('manual')
    const card = page.getByRole('region', { name: '下一步' })
    await card
      .getByRole('timer')
      .getByText(/^已切到美国 ✓ 保持不动，约 \d+ 分钟后/)
      .waitFor()
    expect(await card.getByRole('button', { name: /调整 VPN 与地区/ }).count()).toBe(0)
    await shot(page, 'settling-zh.png')
    await page.getByRole('button', { name: 'English' }).click()
    await page
      .getByRole('region', { name: 'Next step' })
      .getByRole('timer')
      .getByText(/^Switched to .*United States ✓/)
      .waitFor()
    await shot(page, 'settling-en.png')
  })

  it('during the urgent stop the tray icon is red and the stop its first line; gone after', async () => {
    app = await startE2eApp({ prepareRoutes: (sources) => exitAt(sources, US) })
    const { page, services, sources } = app
    page.on('dialog', (dialog) => void dialog.accept())
    await services.ipc.saveProfile(usProfile())
    await expect.poll(() => services.state().verdict.light).toBe('green')
    await page.getByRole('tab', { name: '准备付款' }).click()
    await page.getByRole('button', { name: '开始准备付款' }).click()
    await page.getByRole('button', { name: '自检完成，固定出口并开始监视' }).click()
    await expect.poll(() => services.state().session.state.phase).toBe('watching')
    exitAt(sources, '8.8.8.8')
    await services.monitor.trigger('manual')
    await page.getByRole('alert').getByText('停：付款期间出口变了，现在不要提交').first().waitFor()
    // On any other page the stop is the one banner, with the way back.
    await page.getByRole('tab', { name: '状态' }).click()
    const banner = page.locator('.urgent-banner')
    await banner.getByText(/切回 104\.28\.41\.17 .*或重新开始/).waitFor()
    expect(await page.locator('.banner').count()).toBe(1)
    await shot(page, 'urgent-window-zh.png')
    const { lines, icon } = await drawTray(page, services.state(), 'urgent-tray-zh.png')
    expect(icon).toBe('red')
    expect(lines[0]).toBe('停：付款期间出口变了，现在不要提交')
    expect(lines[1]).toMatch(/^切回 104\.28\.41\.17 .*或重新开始$/)
    await services.ipc.endSession({ outcome: 'gave-up' })
    const after = trayView(services.state(), Date.now())
    expect(after.urgent).toBe(false)
    expect(after.headline).not.toContain('停：')
  })
})
