import fc from 'fast-check'
import { explainDecline } from '../../src/shared/declines/explain'
import { lookUpDecline } from '../../src/shared/declines/match'
import { maskDigitRuns } from '../../src/shared/declines/normalize'
import { runs } from './support'

// Each look-up costs milliseconds (Bitap over every phrasing), so these properties run fewer inputs.
const some = { ...runs, numRuns: 150 }

// Messages as the checkout shows them (the decline reference table), with the entry each means.
const messages = [
  ['Your card was declined.', 'card-declined'],
  ['Your card does not support this type of purchase.', 'card-not-supported'],
  ['Your card has insufficient funds.', 'insufficient-funds'],
  ["Your card's security code is incorrect.", 'incorrect-cvc'],
  ['Your postal code is incorrect.', 'incorrect-zip'],
  ['Your card number is incorrect.', 'incorrect-number'],
  ['Your card has expired.', 'expired-card'],
  ['Your card does not support this currency.', 'currency-not-supported'],
  ['An error occurred while processing your card. Try again in a little bit.', 'processing-error'],
  ['您的卡被拒绝了。', 'card-declined'],
  ['您的卡资金不足。', 'insufficient-funds'],
  ['您的邮政编码不正确', 'incorrect-zip'],
  ['您在过去 24 小时内已超过此卡的最大拒绝次数。', 'velocity-exceeded'],
  ['OpenAI 的服务在您所在的国家/地区不可用。', 'region-unavailable'],
] as const

/** The message as a user might paste it: any case, other punctuation and spacing, a prefix. */
const pasted = fc
  .record({
    message: fc.constantFrom(...messages),
    upper: fc.array(fc.boolean(), { minLength: 120, maxLength: 120 }),
    punctuation: fc.constantFrom('', '.', '!!', '。', '…', ' ', '  '),
    prefix: fc.constantFrom('', 'Error: ', '错误：', '  ', '\n'),
  })
  .map(({ message: [text, id], upper, punctuation, prefix }) => ({
    id,
    text: `${prefix}${[...text.replace(/[.。]$/u, '')]
      .map((ch, i) => (upper[i % upper.length] ? ch.toUpperCase() : ch.toLowerCase()))
      .join('')}${punctuation}`,
  }))

describe('the look-up, property-based', () => {
  it('finds the same entry whatever the case, punctuation, spacing or prefix', () => {
    fc.assert(
      fc.property(pasted, ({ id, text }) => lookUpDecline(text)[0]?.entry.id === id),
      some,
    )
  })

  it('answers in both languages with the same entries, never throwing on any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80, unit: 'grapheme' }), (text) => {
        const zh = explainDecline(text, 'zh').matches.map((m) => m.id)
        const en = explainDecline(text, 'en').matches.map((m) => m.id)
        expect(zh).toEqual(en)
      }),
      some,
    )
  })

  it('masks every card-like digit run and leaves text without long digit runs alone', () => {
    const digitsOrSeparators = fc.string({
      unit: fc.constantFrom('0', '4', '9', ' ', '-', 'a', '卡'),
      maxLength: 60,
    })
    // The oracle, written out: digit groups joined by gaps of spaces and dashes with at most one
    // single letter (never "aa", never 卡), 16 characters at most; a run of 7+ digits is masked.
    const longestRun = (text: string): number => {
      let best = 0
      let run = 0
      for (const part of text.match(/\d+|\D+/g) ?? []) {
        if (/^\d/.test(part)) run += part.length
        else if (!(part.length <= 16 && /^[ -]*a?[ -]*$/.test(part))) run = 0
        best = Math.max(best, run)
      }
      return best
    }
    fc.assert(
      fc.property(digitsOrSeparators, (text) => {
        const masked = maskDigitRuns(text)
        expect(longestRun(masked)).toBeLessThan(7)
        if (longestRun(text) < 7) expect(masked).toBe(text)
      }),
      runs,
    )
  })
})
