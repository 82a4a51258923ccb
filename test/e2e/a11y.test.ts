import type { Page } from 'playwright-core'
import { axeProblems, horizontalOverflow } from '../support/axe-page'
import { browserSuite } from '../support/browser'
import { startE2eApp, US, type E2eApp } from '../support/e2e-harness'
import { usProfile } from '../support/profiles'

const title = 'accessibility: axe-core on every page, both languages, both themes, narrow and wide'

const schemes = ['light', 'dark'] as const
const languages = [
  { lang: 'zh', switchTo: 'English', loaded: '立即检查' },
  { lang: 'en', switchTo: '中文', loaded: 'Check now' },
] as const

/** Every tab the window has, read from the page so a new tab is covered without editing this. */
async function tabNames(page: Page): Promise<string[]> {
  return page.getByRole('tablist').getByRole('tab').allInnerTexts()
}

/** Opens a tab and waits until its (lazily loaded) page is in the panel that the tab controls. */
async function openTab(page: Page, name: string): Promise<void> {
  const tab = page.getByRole('tab', { name, exact: true })
  await tab.click()
  await expect.poll(() => tab.getAttribute('aria-selected')).toBe('true')
  await page.getByRole('tabpanel', { name, exact: true }).locator('main').waitFor()
}

/** The focused element's outline: a visible ring is solid and at least 2 px wide. */
function focusRing(page: Page) {
  return page.evaluate(() => {
    const style = getComputedStyle(document.activeElement ?? document.body)
    return { style: style.outlineStyle, wide: parseFloat(style.outlineWidth) >= 2 }
  })
}

browserSuite(title, () => {
  let app: E2eApp
  beforeEach(async () => {
    app = await startE2eApp()
    // A saved US card while the IPv6 exit leaves in China: a red light, with findings, the
    // comparison table and a checklist with every kind of step on screen.
    await expect(app.services.ipc.saveProfile(usProfile())).resolves.toEqual({ ok: true })
    await app.page.getByText(US).first().waitFor()
  })
  afterEach(() => app?.close())

  it('finds no serious or critical violation on any page, in Chinese and English, light and dark', async () => {
    const { page } = app
    const found: string[] = []
    let pagesChecked = 0
    for (const { switchTo, loaded } of languages) {
      await page.getByRole('button', { name: loaded }).waitFor()
      const names = await tabNames(page)
      expect(names.length).toBeGreaterThanOrEqual(4)
      for (const colorScheme of schemes) {
        await page.emulateMedia({ colorScheme })
        for (const name of names) {
          await openTab(page, name)
          for (const p of await axeProblems(page))
            found.push(
              `${colorScheme} · ${name} · ${p.impact} ${p.id}: ${p.help}\n  ${p.targets.join('\n  ')}`,
            )
          pagesChecked++
        }
      }
      await openTab(page, names[0] as string)
      await page.getByRole('button', { name: switchTo }).click()
    }
    expect(found).toEqual([])
    expect(pagesChecked).toBeGreaterThanOrEqual(16)
  })

  it('stays accessible when every source fails (failure table, warning badge), in both themes', async () => {
    const { page, sources } = app
    for (const name of ['chatgpt', 'openai-api', 'cloudflare', 'cf-v4', 'cf-v6', 'ipify', 'ipify6'])
      sources.setRoute(`/${name}`, { kind: 'reset' })
    await page.getByRole('button', { name: '立即检查' }).click()
    // The failure table sits in the technical details fold: opened, so axe checks it too.
    await page.getByText('技术细节：各来源、代理规则、耗时').click()
    await page.getByRole('table', { name: '失败原因' }).waitFor()
    const found: string[] = []
    for (const colorScheme of schemes) {
      await page.emulateMedia({ colorScheme })
      for (const width of [1100, 360]) {
        await page.setViewportSize({ width, height: 800 })
        for (const p of await axeProblems(page)) found.push(`${colorScheme} ${width} · ${p.id}`)
        expect(await horizontalOverflow(page)).toBe(0)
      }
    }
    expect(found).toEqual([])
  })

  it('never scrolls sideways at 360 px, on any page, in either language', async () => {
    const { page } = app
    await page.setViewportSize({ width: 360, height: 740 })
    const overflow: Record<string, number> = {}
    const found: string[] = []
    for (const { switchTo, loaded } of languages) {
      await page.getByRole('button', { name: loaded }).waitFor()
      const names = await tabNames(page)
      for (const name of names) {
        await openTab(page, name)
        overflow[name] = await horizontalOverflow(page)
        // Narrow layouts (stacked tables, wrapped header) must stay accessible too.
        for (const p of await axeProblems(page))
          found.push(`360 px · ${name} · ${p.impact} ${p.id}`)
      }
      await openTab(page, names[0] as string)
      await page.getByRole('button', { name: switchTo }).click()
    }
    expect(Object.keys(overflow).length).toBeGreaterThanOrEqual(8)
    expect(Object.entries(overflow).filter(([, px]) => px > 0)).toEqual([])
    expect(found).toEqual([])
  })

  it('moves between tabs with the keyboard as the WAI-ARIA tabs pattern says', async () => {
    const { page } = app
    const names = await tabNames(page)
    const first = page.getByRole('tab', { name: names[0], exact: true })
    const second = page.getByRole('tab', { name: names[1], exact: true })
    const last = page.getByRole('tab', { name: names.at(-1), exact: true })
    await first.focus()
    // Only the selected tab is in the Tab order.
    expect(await page.getByRole('tab').evaluateAll((els) => els.map((e) => e.tabIndex))).toEqual(
      names.map((_, i) => (i === 0 ? 0 : -1)),
    )
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => second.getAttribute('aria-selected')).toBe('true')
    expect(await second.evaluate((e) => e === document.activeElement)).toBe(true)
    expect(await focusRing(page)).toEqual({ style: 'solid', wide: true })
    await page.keyboard.press('End')
    await expect.poll(() => last.getAttribute('aria-selected')).toBe('true')
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => first.getAttribute('aria-selected')).toBe('true')
    await page.keyboard.press('ArrowLeft')
    await expect.poll(() => last.getAttribute('aria-selected')).toBe('true')
    await page.keyboard.press('Home')
    await expect.poll(() => first.getAttribute('aria-selected')).toBe('true')
    await page.getByRole('tabpanel', { name: names[0], exact: true }).waitFor()
    // Tab leaves the tab list for the panel (focusable itself), not for the next tab.
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('tabpanel')
    expect(await focusRing(page)).toEqual({ style: 'solid', wide: true })
  })
})
