import path from 'node:path'
import { browserSuite } from '../support/browser'
import { screenshotDir, startE2eApp, type E2eApp } from '../support/e2e-harness'
import { usProfile } from '../support/profiles'

const title = 'the next step in Chromium, bridged to the real services'

browserSuite(title, () => {
  let app: E2eApp
  beforeEach(async () => {
    app = await startE2eApp()
  })
  afterEach(() => app?.close())

  it('shows a red light’s next step, leads to the field, and turns green live once fixed', async () => {
    const { page, sources, services } = app
    // A saved profile whose ZIP is New York's while the state is California; no IPv6 at all,
    // so the ZIP is the only thing wrong.
    sources.setRoute('/cf-v6', { kind: 'unreachable' })
    sources.setRoute('/ipify6', { kind: 'unreachable' })
    await expect(
      services.ipc.saveProfile(usProfile({ billing: { postalCode: '10001' } })),
    ).resolves.toEqual({ ok: true })
    await page.getByRole('button', { name: '立即检查' }).click()
    const card = page.getByRole('region', { name: '下一步' })
    await card.getByText('邮编 10001 属于 NY，不是 CA：邮编与州必须对应').waitFor()
    await page.getByRole('img', { name: '红灯：现在付款很可能被拒' }).first().waitFor()
    // The calm IPv6 line, not a raw network error, while IPv6 is simply absent.
    await page
      .getByRole('region', { name: 'IPv6 出口' })
      .getByText(/没有 IPv6 线路/)
      .waitFor()
    await page.screenshot({
      path: path.join(screenshotDir, 'next-step-red-zh.png'),
      fullPage: true,
    })

    await card.getByRole('button', { name: '去填写：邮编' }).click()
    await page.getByRole('tab', { name: '卡片资料', selected: true }).waitFor()
    const postal = page.getByLabel('邮编 / ZIP')
    await expect.poll(() => postal.evaluate((el) => el === document.activeElement)).toBe(true)
    await postal.fill('90210')
    await page.getByRole('button', { name: '保存' }).click()
    await page.getByText('已保存').waitFor()

    await page.getByRole('img', { name: '绿灯：一致，可以付款' }).first().waitFor()
    await page.getByRole('tab', { name: '状态' }).click()
    await card.getByText(/^保持这个出口，不要切换节点，现在付款。/).waitFor()
    // The one button on green checks the browser's own exit.
    expect(await card.getByRole('button').allInnerTexts()).toEqual(['在浏览器里核对'])
    expect(services.state().verdict.light).toBe('green')
    await page.screenshot({
      path: path.join(screenshotDir, 'next-step-green-zh.png'),
      fullPage: true,
    })
  })
})
