import { readFileSync } from 'node:fs'
import path from 'node:path'
import { browserSuite } from '../support/browser'
import { screenshotDir, startE2eApp, type E2eApp } from '../support/e2e-harness'

const title =
  'the guide and the error look-up: built renderer in Chromium, bridged to the real services'

const assets = path.resolve('out/renderer/assets')
/** A string only Fuse.js's Bitap search carries, so its presence means the library is there. */
const fuseMarker = 'Pattern length exceeds max of'

/** The entry chunk and every chunk it imports statically: what the first screen loads. */
function firstScreenChunks(): string[] {
  const html = readFileSync(path.resolve('out/renderer/index.html'), 'utf8')
  const entry = /<script type="module"[^>]* src="\.\/assets\/([^"]+)"/.exec(html)?.[1]
  if (!entry) throw new Error('no entry script in index.html')
  const seen = new Set<string>()
  const visit = (file: string) => {
    if (seen.has(file)) return
    seen.add(file)
    const code = readFileSync(path.join(assets, file), 'utf8')
    for (const [, next] of code.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)) visit(next!)
  }
  visit(entry)
  return [...seen]
}

describe('the built window (no browser needed)', () => {
  it('keeps the look-up’s fuzzy matcher out of the first screen: it comes with the guide page', () => {
    const first = firstScreenChunks()
    expect(first.length).toBeGreaterThan(1)
    for (const file of first)
      expect(readFileSync(path.join(assets, file), 'utf8'), file).not.toContain(fuseMarker)
    expect(first).not.toContain(guideChunk())
    expect(readFileSync(path.join(assets, guideChunk()), 'utf8')).toContain(fuseMarker)
  })
})

function guideChunk(): string {
  const html = readFileSync(path.resolve('out/renderer/index.html'), 'utf8')
  const file = /\.\/assets\/(GuidePage-[^"]+\.js)/.exec(html)?.[1]
  if (!file) throw new Error('the guide page is not a chunk of its own')
  return file
}

// What users paste, in Chinese and English, and the answer each must lead with.
const pastes: readonly (readonly [string, string])[] = [
  ['您的卡被拒绝了。', '卡被拒绝（原因未说明）'],
  ['您的邮政编码不正确', '邮编与记录不符'],
  ['Your card has insufficient funds.', '余额不足'],
  ['card_velocity_exceeded', '尝试次数过多'],
  ['OpenAI 的服务在您所在的国家/地区不可用。', '所在地区不受支持'],
  ['We are unable to authenticate your payment method.', '银行验证未通过'],
]

browserSuite(title, () => {
  let app: E2eApp
  beforeEach(async () => {
    app = await startE2eApp()
  })
  afterEach(() => app?.close())

  it('finds the right entry for messages in Chinese and English', async () => {
    const { page } = app
    await page.getByRole('tab', { name: '指南与查错' }).click()
    const box = page.getByRole('textbox', { name: '粘贴付款页面上的错误提示' })
    const results = page.getByRole('region', { name: '可能的解释' })
    for (const [text, answer] of pastes) {
      await box.fill(text)
      await results.getByRole('heading', { level: 3 }).first().filter({ hasText: answer }).waitFor()
    }
    await box.fill('您的卡被拒绝了。')
    const answer = results.getByRole('article', { name: '卡被拒绝（原因未说明）' })
    await answer
      .getByRole('region', { name: '不要做' })
      .getByText(/不要马上重试/)
      .waitFor()
    await page.screenshot({ path: path.join(screenshotDir, 'lookup-zh.png'), fullPage: true })
    // An answer opens the checklist at the step that fixes it.
    await answer.getByRole('button', { name: '第 5 步：核对账单地址' }).click()
    const step = page.getByRole('listitem', { name: '核对账单地址' })
    await step.waitFor()
    await expect.poll(() => step.evaluate((el) => el === document.activeElement)).toBe(true)
    expect(app.cspErrors).toEqual([])
  })

  it('renders the guide in English, the look-up answering in English', async () => {
    const { page } = app
    await page.getByRole('button', { name: 'English' }).click()
    await page.getByRole('tab', { name: 'Guide & errors' }).click()
    const box = page.getByRole('textbox', { name: 'Paste the error shown on the payment page' })
    await box.fill('您的卡资金不足')
    await page.getByRole('heading', { name: /^Insufficient funds/ }).waitFor()
    await box.fill('your card does not support this currency')
    await page.getByRole('heading', { name: /^Card does not support this currency/ }).waitFor()
    const table = page.getByRole('table', { name: 'Card types compared' })
    await table
      .getByRole('row', { name: /^Prepaid card/ })
      .getByText('No', { exact: true })
      .waitFor()
    await page
      .getByRole('heading', { level: 2, name: 'Recovering after repeated failures' })
      .waitFor()
    await page.getByRole('heading', { level: 2, name: 'Questions and answers' }).waitFor()
    await page.screenshot({ path: path.join(screenshotDir, 'guide-en.png'), fullPage: true })
    expect(app.cspErrors).toEqual([])
  })
})
