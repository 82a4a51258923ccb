import path from 'node:path'
import { browserSuite } from '../support/browser'
import { screenshotDir, startE2eApp, type E2eApp } from '../support/e2e-harness'
import { writeHistoryFile } from '../support/history-file'
import { usProfile } from '../support/profiles'
import { traceBody } from '../support/provider-bodies'

const title =
  'ready to pay, declines and history: built renderer in Chromium, bridged to the real services'

browserSuite(title, () => {
  let app: E2eApp
  afterEach(() => app?.close())

  /**
   * A fresh app with a saved US profile and no IPv6 exit, so the light starts green. The IPv6
   * routes are gone before the first check: gone after it, the next checks would rightly see the
   * exit change (a yellow light for a while), whenever the first check happened to run.
   */
  async function greenApp(options: Parameters<typeof startE2eApp>[0] = {}) {
    app = await startE2eApp({
      ...options,
      prepareRoutes: (sources) => {
        sources.setRoute('/cf-v6', { kind: 'unreachable' })
        sources.setRoute('/ipify6', { kind: 'unreachable' })
      },
    })
    await expect(app.services.ipc.saveProfile(usProfile())).resolves.toEqual({ ok: true })
    await app.services.ipc.checkNow(undefined)
    app.page.on('dialog', (dialog) => void dialog.accept())
    await app.page.getByRole('img', { name: '绿灯：一致，可以付款' }).first().waitFor()
    return app
  }

  it('starts a session, pins the exits, and shows the urgent stop when the exit changes', async () => {
    const { page, sources, services } = await greenApp()
    await page.getByRole('tab', { name: '准备付款' }).click()
    await page.getByRole('button', { name: '开始准备付款' }).click()
    await page.getByRole('region', { name: '第一步：付款前三项自检' }).waitFor()
    await page.getByRole('button', { name: '自检完成，固定出口并开始监视' }).click()
    const watch = page.getByRole('region', { name: '监视中：出口已固定，提交完成前不要动网络' })
    await watch.waitFor()
    const watching = services.state().session.state
    expect(watching.phase).toBe('watching')
    // Nothing has moved yet: the watch says so. (Shown as a stop instead if a check in between saw
    // a change; the alerts then say what, which is what this test needs to know if it fails here.)
    const early = watching.phase === 'watching' ? watching.alerts : []
    if (early.length === 0)
      await watch.getByText('监视中：出口已固定，提交完成前不要动网络').waitFor()
    else expect.soft(early, 'alerts before the exit was moved').toEqual([])
    // The exit moves while the user is on the payment page.
    sources.setRoute('/chatgpt', { kind: 'body', body: traceBody('8.8.8.8', 'US') })
    await services.monitor.trigger('manual')
    const alert = page.getByRole('region', { name: '监视中：出口已固定，提交完成前不要动网络' })
    await alert.getByRole('alert').getByText('停：付款期间出口变了，现在不要提交').waitFor()
    await alert.getByText(/商户：104\.28\.41\.17 美国 → 8\.8\.8\.8 美国/).waitFor()
    await page.screenshot({
      path: path.join(screenshotDir, 'session-urgent-zh.png'),
      fullPage: true,
    })
    // The same stop in English: it stays urgent whatever the language.
    await page.getByRole('button', { name: 'English' }).click()
    await page
      .getByText(/Merchant: 104\.28\.41\.17 United States → 8\.8\.8\.8 United States/)
      .first()
      .waitFor()
    await page.screenshot({
      path: path.join(screenshotDir, 'session-urgent-en.png'),
      fullPage: true,
    })
    await page.getByRole('button', { name: '中文' }).click()
    await page.getByRole('button', { name: '放弃' }).click()
    await page.getByText(/上次：放弃/).waitFor()
    expect(services.state().session.state.phase).toBe('idle')
  })

  it('names the failing self-check step and asks before pinning off green', async () => {
    // No card profile saved: the light is grey and the card steps cannot be checked.
    app = await startE2eApp()
    const { page, services } = app
    const dialogs: string[] = []
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message())
      void dialog.accept()
    })
    await page.getByRole('tab', { name: '准备付款' }).click()
    await page.getByRole('button', { name: '开始准备付款' }).click()
    const precheck = page.getByRole('region', { name: '第一步：付款前三项自检' })
    await precheck
      .getByRole('status')
      .getByText(/^灯不是绿的/)
      .waitFor()
    await precheck.getByRole('button', { name: /：核对账单地址$/ }).waitFor()
    await page.screenshot({
      path: path.join(screenshotDir, 'session-precheck-zh.png'),
      fullPage: true,
    })
    await precheck.getByRole('button', { name: '自检完成，固定出口并开始监视' }).click()
    await expect.poll(() => services.state().session.state.phase).toBe('watching')
    expect(dialogs).toEqual(['灯不是绿的，自检没有全部通过。仍然固定出口并开始监视？'])
  })

  it('logs three declines, then shows the cool-down countdown and its own light', async () => {
    const { page, services } = await greenApp()
    await page.getByRole('tab', { name: '准备付款' }).click()
    const input = page.getByLabel('被拒提示（原文，不要包含卡号）')
    await input.fill('declined 4111 1111 1111 1111')
    await page.getByRole('button', { name: '记录被拒' }).click()
    await page.getByText('这段文字里像是有卡号，没有记录。请删掉卡号再记。').waitFor()
    for (const [i, message] of [
      'Your card was declined.',
      'card_declined',
      'do_not_honor',
    ].entries()) {
      await input.fill(message)
      await page.getByRole('button', { name: '记录被拒' }).click()
      await page.getByText('已记录，计入冷却').waitFor()
      // The form clears once main has kept the decline; the next one is typed after that.
      await expect.poll(() => input.inputValue()).toBe('')
      expect(services.state().declines.recent).toHaveLength(i + 1)
    }
    await page
      .getByRole('timer', { name: '被拒记录与冷却' })
      .getByText(/^等到 .+ 再试（还要 24 小时）/)
      .waitFor()
    // The cool-down is the light's own state, not a yellow "risky".
    await page.getByRole('img', { name: '冷却中：先别再试，等冷却结束' }).first().waitFor()
    expect(services.state().verdict.light).toBe('wait')
    expect(services.state().declines.recent.map((d) => d.message)).toEqual([
      'do_not_honor',
      'card_declined',
      'Your card was declined.',
    ])
    await page.screenshot({ path: path.join(screenshotDir, 'cooldown-zh.png'), fullPage: true })
    await page.getByRole('button', { name: 'English' }).click()
    await page
      .getByRole('timer', { name: 'Declines and cool-down' })
      .getByText(/^Try again after .+ \(24 h to go\)/)
      .waitFor()
    await page.screenshot({ path: path.join(screenshotDir, 'cooldown-en.png'), fullPage: true })
    await page.getByRole('button', { name: 'End the cool-down early' }).click()
    await page.getByText(/You ended the cool-down early/).waitFor()
    expect(services.state().declines.cooldown.kind).toBe('ended-early')
  })

  it('loads a history of 10 000 entries and draws its chart, in both languages', async () => {
    const { page, services } = await greenApp({
      prepareData: (dir) => void writeHistoryFile(dir, 10_000, Date.now()),
    })
    expect(services.state().history.entries).toBeGreaterThanOrEqual(10_000)
    await page.getByRole('tab', { name: '历史' }).click()
    const chart = page.getByRole('img', { name: '商户线路国家与灯色随时间变化' })
    await chart.waitFor()
    await page.getByText(/^已稳定 /).waitFor()
    await page.getByRole('button', { name: '最近 7 天' }).click()
    await page.getByText(/每天变化 \d+(\.\d)? 次/).waitFor()
    // Bands and marks are drawn from the bucketed series: many, but bounded by the columns.
    const marks = await chart.locator('line, rect, circle').count()
    expect(marks).toBeGreaterThan(100)
    expect(marks).toBeLessThan(3000)
    await page.screenshot({ path: path.join(screenshotDir, 'history-zh.png'), fullPage: true })
    await page.getByRole('button', { name: 'English' }).click()
    await page.getByRole('img', { name: 'Merchant-route country and light over time' }).waitFor()
    await page.screenshot({ path: path.join(screenshotDir, 'history-en.png'), fullPage: true })
    await page.getByRole('button', { name: 'Erase all history' }).click()
    await expect.poll(() => services.state().history.entries).toBeLessThan(10)
    expect(app.cspErrors).toEqual([])
  })
})
