import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { browserSuite } from '../support/browser'
import { bridgedRequests } from '../support/bridge'
import { screenshotDir, startE2eApp, type E2eApp } from '../support/e2e-harness'
import { usProfile } from '../support/profiles'

const title = 'the card profile form in Chromium, bridged to the real services'
const fullNumber = '4571 7360 1234 5678'

browserSuite(title, () => {
  // A fresh app per test: each one sets up the profile it needs instead of relying on another
  // test having saved it, so they pass alone and in any order.
  let app: E2eApp
  beforeEach(async () => {
    bridgedRequests.length = 0
    app = await startE2eApp()
    await app.page.getByText('104.28.41.17').first().waitFor()
  })
  afterEach(() => app?.close())

  /** Pastes the card number and fills the form from the BIN look-up, as a user would. */
  const fillFromLookup = async (page: Page) => {
    await page.getByRole('tab', { name: '卡片资料' }).click()
    await page.getByLabel('卡号前 6–8 位（BIN）').fill(fullNumber)
    await page.getByRole('button', { name: '查询 BIN' }).click()
    await page.getByText(/已从 BIN 查询填入发卡国家/).waitFor()
  }

  /** The whole form: card from the look-up, a US billing address, every capability. */
  const fillProfile = async (page: Page) => {
    await fillFromLookup(page)
    await page.getByLabel('名称').fill('Main card')
    await page.getByLabel('国家或地区 / Country or region', { exact: true }).selectOption('US')
    await page.getByLabel('州或省 / State or province').selectOption('CA')
    await page.getByLabel('邮编').fill('90210')
    await page.getByLabel('城市').fill('Beverly Hills')
    await page.getByLabel('地址第 1 行').fill('1 Main St')
    for (const name of [
      '已开通美元支付',
      '已开通境外/国际在线支付',
      '允许订阅/自动扣费',
      '卡内至少留有 $5 余量',
    ])
      await page.getByLabel(name).check()
  }

  /** A saved, consistent US profile, put in through the same services the window calls. */
  const seedProfile = async () => {
    await expect(app.services.ipc.saveProfile(usProfile())).resolves.toEqual({ ok: true })
  }

  it('keeps only the BIN and last 4 of a pasted card number, and says so', async () => {
    const { page } = app
    await page.getByRole('tab', { name: '卡片资料' }).click()
    const bin = page.getByLabel('卡号前 6–8 位（BIN）')
    await bin.fill(fullNumber)
    expect(await bin.inputValue()).toBe('457173')
    expect(await page.getByLabel('卡号后 4 位（可选）').inputValue()).toBe('5678')
    await page.getByText(/已丢弃其余数字：PayLight 只保留前 457173 这几位和后 4 位 5678/).waitFor()
  })

  it('fills issuing country, type and bank from the BIN look-up', async () => {
    const { page } = app
    await fillFromLookup(page)
    expect(await page.getByLabel('发卡国家', { exact: true }).inputValue()).toBe('US')
    expect(await page.getByLabel('卡类型').inputValue()).toBe('debit')
  })

  it('saves the profile and the light turns red for the IPv6 leak, with the fix', async () => {
    const { page } = app
    await fillProfile(page)
    await page.screenshot({ path: path.join(screenshotDir, 'profile-zh.png'), fullPage: true })
    await page.getByRole('button', { name: '保存' }).click()
    await page.getByText('已保存').waitFor()
    await page.getByRole('tab', { name: '状态' }).click()
    await page
      .locator('header')
      .getByText(/^红灯 · IPv6 出口在中国/)
      .waitFor()
    const next = page.getByRole('region', { name: '下一步' })
    await next
      .locator('[data-finding="region-not-served"]')
      .getByText(/^IPv6 出口在中国/)
      .waitFor()
    await next.getByRole('button', { name: '去第 6 步：调整 VPN 与地区' }).waitFor()
    // The IPv6 exit the region finding names is not repeated as an IPv6/billing mismatch.
    expect(await page.locator('[data-finding="ipv6-vs-billing"]').count()).toBe(0)
    await page
      .getByRole('table', { name: '三方比较' })
      .getByRole('row', { name: /网络出口 · IPv6/ })
      .getByLabel('与账单国家不一致')
      .waitFor()
    await page.screenshot({ path: path.join(screenshotDir, 'verdict-red-zh.png'), fullPage: true })
    await page.getByRole('tab', { name: '排查清单' }).click()
    const vpn = page.getByRole('listitem', { name: '调整 VPN 与地区' })
    await vpn.getByRole('img', { name: '有问题' }).waitFor()
    await vpn.getByText(/IPv6 出口在中国（240e:/).waitFor()
    await page
      .getByRole('listitem', { name: '核对账单地址' })
      .getByRole('img', { name: '通过' })
      .waitFor()
    await page.getByRole('checkbox', { name: '清除网站数据后重新添加卡片' }).check()
    await page.screenshot({ path: path.join(screenshotDir, 'checklist-zh.png'), fullPage: true })
    await page.getByRole('tab', { name: '状态' }).click()
  })

  it('turns green once the IPv6 exit is gone and every comparison passes', async () => {
    const { page, sources } = app
    await seedProfile()
    // No IPv6 at all (both IPv6-only sources unreachable), as after turning IPv6 off.
    sources.setRoute('/cf-v6', { kind: 'unreachable' })
    sources.setRoute('/ipify6', { kind: 'unreachable' })
    await page.getByRole('button', { name: '立即检查' }).click()
    await page.getByRole('img', { name: '绿灯：一致，可以付款' }).first().waitFor()
    await page.screenshot({
      path: path.join(screenshotDir, 'verdict-green-zh.png'),
      fullPage: true,
    })
  })

  it('never lets the full card number cross IPC or reach the disk', async () => {
    const { page } = app
    await fillProfile(page)
    await page.getByRole('button', { name: '保存' }).click()
    await page.getByText('已保存').waitFor()
    const digits = fullNumber.replace(/\s/g, '')
    expect(bridgedRequests.length).toBeGreaterThan(0)
    expect(bridgedRequests.some((r) => r.includes(digits) || r.includes(fullNumber))).toBe(false)
    expect(JSON.stringify(app.services.state())).not.toContain(digits)
    const files = readdirSync(app.dataDir)
    expect(files).toContain('profiles.dat')
    for (const file of files)
      expect(readFileSync(path.join(app.dataDir, file), 'utf8')).not.toContain(digits)
  })

  it('shows a ZIP that does not belong to the state as red, in English', async () => {
    const { page } = app
    await seedProfile()
    await page.getByRole('button', { name: 'English' }).click()
    await page.getByRole('tab', { name: 'Card profile' }).click()
    await page.getByLabel('Postal code').fill('10001')
    await page.getByText('this code belongs to NY').waitFor()
    await page.getByRole('button', { name: 'Save' }).click()
    await page.getByText('Saved').waitFor()
    await page.screenshot({ path: path.join(screenshotDir, 'profile-en.png'), fullPage: true })
    await page.getByRole('tab', { name: 'Status' }).click()
    await page
      .getByRole('img', { name: 'Red: a payment now is likely to be declined' })
      .first()
      .waitFor()
    await page
      .locator('[data-finding="zip-state-mismatch"]')
      .getByText(/^The ZIP\/postal code 10001 belongs to NY, not CA/)
      .waitFor()
    await page.screenshot({ path: path.join(screenshotDir, 'verdict-red-en.png'), fullPage: true })
  })

  it('refuses bad input from the page with a clear message and keeps the saved profile', async () => {
    const { page, services } = app
    await seedProfile()
    const result = await page.evaluate(() =>
      window.paylight.saveProfile({
        id: 'main',
        label: 'x',
        card: { bin: '4571736012345678', cvc: '123' },
      }),
    )
    expect(result).toMatchObject({ ok: false })
    const refused = await page.evaluate(() =>
      window.paylight.saveProfile({ label: 'y'.repeat(50_000) }),
    )
    expect(refused).toEqual({ rejected: 'invalid-request', detail: 'too large' })
    expect(services.state().profiles.book.profiles[0]?.billing.postalCode).toBe('90210')
  })
})
