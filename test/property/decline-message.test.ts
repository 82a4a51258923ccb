import fc from 'fast-check'
import { checkDeclineMessage } from '../../src/shared/declines/message-check'
import { paymentValidators } from '../../src/shared/session/payment-validators'
import { cardLikeNumber, runs } from './support'

const cardNumber = cardLikeNumber
const separator = fc.constantFrom('', ' ', '-', '\u00a0', '\u200b', '\u202e', 'ー', 'ǀ', '\u0007')
// Written out from Unicode's categories, independently of the code: controls, bidi, invisibles.
// eslint-disable-next-line no-control-regex -- controls are what this looks for
const hidden = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/u
const plain = (text: string) => !hidden.test(text) && !/\s\s/.test(text) && text.trim() === text

describe('decline messages (property)', () => {
  it('never keep a message that holds a card number, however it is spaced', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 40 }).map((s) => `${s} `),
        cardNumber,
        separator,
        fc.string({ maxLength: 40 }).map((s) => ` ${s}`),
        (before, digits, sep, after) => {
          const spaced = digits.match(/.{1,4}/g)?.join(sep) ?? digits
          const result = checkDeclineMessage(`${before} ${spaced} ${after}`)
          expect(result.ok).toBe(false)
        },
      ),
      runs,
    )
  })

  it(
    'keep any short text without long digit runs as plain text (no control, bidi or invisible characters), with a count decision',
    { timeout: 60_000 },
    () => {
      fc.assert(
        fc.property(
          fc
            .string({
              maxLength: 200,
              unit: fc.oneof(
                fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
                fc.constantFrom('\u202e', '\u2066', '\u200b', '\n', '\u0085'),
              ),
            })
            .filter((s) => !/\d{4}/.test(s)),
          (text) => {
            const result = checkDeclineMessage(text)
            expect(result.ok).toBe(true)
            if (!result.ok) return
            expect(plain(result.message)).toBe(true)
            if (plain(text)) expect(result.message).toBe(text)
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
