import fc from 'fast-check'
import { checkDeclineMessage } from '../../src/shared/declines/message-check'
import { paymentValidators } from '../../src/shared/session/payment-validators'
import { cardLikeNumber, runs } from './support'

const cardNumber = cardLikeNumber
const separator = fc.constantFrom('', ' ', '-', '\u00a0', '\u200b', '\u202e', 'ー', 'ǀ', '\u0007')
// Written out from Unicode's categories, independently of the code: controls, format characters
// (bidi, zero-width, soft hyphen, invisible operators…) and the blanks that are not spaces.
const hidden =
  /[\p{Cc}\p{Cf}\u115f\u1160\u2800\u3164\uffa0\ufffc]|\u034f|\u17b4|\u17b5|[\u180b-\u180d]|\u180f/u
// Each character a reviewer found kept in a decline message.
const invisibles = [
  '\ufff9',
  '\u206a',
  '\u{1bca0}',
  '\u{1d173}',
  '\u00ad',
  '\u180e',
  '\u3164',
  '\u2800',
  '\u17b4',
  '\ufffc',
]
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
                fc.constantFrom('\u202e', '\u2066', '\u200b', '\n', '\u0085', ...invisibles),
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

  it.each(invisibles.map((c) => [c.codePointAt(0)?.toString(16), c]))(
    'removes U+%s from a kept message',
    (_code, char) => {
      const result = checkDeclineMessage(`Your card${char}was declined`)
      expect(result).toMatchObject({ ok: true, message: 'Your card was declined' })
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
