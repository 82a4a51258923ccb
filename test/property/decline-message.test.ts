import fc from 'fast-check'
import { checkDeclineMessage } from '../../src/shared/declines/message-check'
import { paymentValidators } from '../../src/shared/session/payment-validators'
import { runs } from './support'

// A Luhn-valid 16-digit number from 15 random digits.
const cardNumber = fc
  .array(fc.integer({ min: 0, max: 9 }), { minLength: 15, maxLength: 15 })
  .map((d) => {
    const sum = d.reduce((s, x, i) => {
      const v = i % 2 === 0 ? x * 2 : x
      return s + (v > 9 ? v - 9 : v)
    }, 0)
    return [...d, (10 - (sum % 10)) % 10].join('')
  })
const separator = fc.constantFrom('', ' ', '-', '\u00a0', '\u200b')

describe('decline messages (property)', () => {
  it('never keep a message that holds a card number, however it is spaced', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 40 }),
        cardNumber,
        separator,
        fc.string({ maxLength: 40 }),
        (before, digits, sep, after) => {
          const spaced = digits.match(/.{4}/g)?.join(sep) ?? digits
          const result = checkDeclineMessage(`${before} ${spaced} ${after}`)
          expect(result.ok).toBe(false)
        },
      ),
      runs,
    )
  })

  it(
    'keep any short text without long digit runs, trimmed, with a count decision',
    { timeout: 60_000 },
    () => {
      fc.assert(
        fc.property(
          fc.string({ maxLength: 200 }).filter((s) => !/\d{4}/.test(s)),
          (text) => {
            const result = checkDeclineMessage(text)
            if (result.ok) expect(result.message).toBe(text.trim())
            else expect(result.reason).toBe('card-number')
          },
        ),
        runs,
      )
    },
  )

  it('let the payment channels accept only well-formed payloads', () => {
    fc.assert(
      fc.property(fc.anything(), (payload) => {
        const ok = paymentValidators.endSession.safeParse(payload).success
        if (ok)
          expect(['paid', 'card-added', 'declined', 'gave-up']).toContain(
            (payload as { outcome: string }).outcome,
          )
        expect(paymentValidators.eraseHistory.safeParse(payload).success).toBe(payload === true)
      }),
      runs,
    )
  })
})
