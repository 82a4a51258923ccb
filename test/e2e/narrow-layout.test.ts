import type { Locator, Page } from 'playwright-core'
import { horizontalOverflow } from '../support/axe-page'
import { browserSuite } from '../support/browser'
import { startE2eApp, US, type E2eApp } from '../support/e2e-harness'
import { usProfile } from '../support/profiles'

const title = 'the window at 360 px: tables, the history chart and the settings keep their shape'

/** Opens a tab and waits for its (lazily loaded) page. */
async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name, exact: true }).click()
  await page.getByRole('tabpanel', { name, exact: true }).locator('main').waitFor()
}

/** How many lines an element's text takes: the distinct bottoms of its text's line boxes. */
function linesOf(locator: Locator): Promise<number> {
  return locator.evaluate((el) => {
    const bottoms: number[] = []
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent?.trim()) continue
      const range = document.createRange()
      range.selectNodeContents(node)
      for (const r of range.getClientRects())
        if (r.width > 0 && !bottoms.some((b) => Math.abs(b - r.bottom) < 4)) bottoms.push(r.bottom)
    }
    return bottoms.length
  })
}

browserSuite(title, () => {
  let app: E2eApp
  beforeEach(async () => {
    app = await startE2eApp()
    await app.services.ipc.saveProfile(usProfile())
    await app.page.getByText(US).first().waitFor()
    await app.page.setViewportSize({ width: 360, height: 740 })
  })
  afterEach(() => app?.close())

  it('the card-type table’s caption reads across the width, not one character per line', async () => {
    const { page } = app
    await openTab(page, '指南与查错')
    const caption = page.locator('table.card-types caption').first()
    await caption.waitFor()
    const box = await caption.boundingBox()
    expect(box?.width).toBeGreaterThan(250)
    expect(await linesOf(caption)).toBeLessThanOrEqual(2)
  })

  it('the history chart keeps the width, its legend never breaks inside an item, the chosen range looks chosen', async () => {
    const { page } = app
    await openTab(page, '历史')
    const chart = page.getByRole('img', { name: '商户线路国家与灯色随时间变化' })
    await chart.waitFor()
    expect((await chart.boundingBox())?.width).toBeGreaterThan(300)
    const items = page.locator('.legend li')
    expect(await items.count()).toBeGreaterThan(0)
    for (const item of await items.all()) expect(await linesOf(item)).toBe(1)
    const chosen = page.getByRole('button', { name: '最近 24 小时' })
    const other = page.getByRole('button', { name: '最近 7 天' })
    expect(await chosen.getAttribute('aria-pressed')).toBe('true')
    const background = (l: Locator) => l.evaluate((e) => getComputedStyle(e).backgroundColor)
    expect(await background(chosen)).not.toBe(await background(other))
  })

  it('the decline table’s “计入冷却” header stays on one line', async () => {
    const { page } = app
    await app.services.ipc.logDecline({ message: 'Your card was declined.' })
    await openTab(page, '准备付款')
    const header = page.getByRole('columnheader', { name: '计入冷却' })
    await header.waitFor()
    expect(await linesOf(header)).toBe(1)
    // …and the table still fits the window: nothing scrolls sideways.
    expect(await horizontalOverflow(page)).toBe(0)
  })

  it('no two settings controls overlap, in either language', async () => {
    const { page } = app
    const overlaps: string[] = []
    for (const [tab, switchTo] of [
      ['设置', 'English'],
      ['Settings', '中文'],
    ] as const) {
      await openTab(page, tab)
      const boxes = await page
        .getByRole('tabpanel', { name: tab, exact: true })
        .locator('input, select, button, textarea, label')
        .evaluateAll((els) =>
          els
            .map((e) => e.getBoundingClientRect())
            .filter((r) => r.width > 0 && r.height > 0)
            .map((r) => ({ left: r.left, right: r.right, top: r.top, bottom: r.bottom })),
        )
      expect(boxes.length).toBeGreaterThan(3)
      const inside = (a: (typeof boxes)[number], b: (typeof boxes)[number]) =>
        a.left >= b.left - 0.5 &&
        a.right <= b.right + 0.5 &&
        a.top >= b.top - 0.5 &&
        a.bottom <= b.bottom + 0.5
      boxes.forEach((a, i) =>
        boxes.slice(i + 1).forEach((b, j) => {
          const apart =
            a.right <= b.left + 0.5 ||
            b.right <= a.left + 0.5 ||
            a.bottom <= b.top + 0.5 ||
            b.bottom <= a.top + 0.5
          // A control inside its own label is not an overlap.
          if (!apart && !inside(a, b) && !inside(b, a)) overlaps.push(`${tab} ${i} × ${i + j + 1}`)
        }),
      )
      await page.getByRole('button', { name: switchTo }).click()
    }
    expect(overlaps).toEqual([])
  })
})
