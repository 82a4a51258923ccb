import fc from 'fast-check'
import { codeEvidence } from '../../../src/shared/declines/code-evidence'
import { declineEntries } from '../../../src/shared/declines/entries'
import { lookUpDecline } from '../../../src/shared/declines/match'
import { declinePhrasings } from '../../../src/shared/declines/phrasings'

// Every code the look-up files, with the entry it belongs to.
const coded = declineEntries.flatMap((entry) => entry.codes.map((code) => ({ code, id: entry.id })))
const genericMessages = [
  ...declinePhrasings['card-declined'].en,
  ...declinePhrasings['card-declined'].zh,
]
const topId = (text: string) => lookUpDecline(text)[0]?.entry.id

/** A processor's error object: the generic code beside the specific one, fields in any order. */
const errorJson = fc
  .record({
    pick: fc.constantFrom(...coded),
    message: fc.constantFrom(...genericMessages),
    docUrl: fc.boolean(),
    wrapped: fc.boolean(),
    order: fc.shuffledSubarray(['code', 'decline_code', 'message', 'type', 'doc_url', 'param'], {
      minLength: 6,
    }),
    indent: fc.constantFrom(undefined, 2),
  })
  .map(({ pick, message, docUrl, wrapped, order, indent }) => {
    const fields: Record<string, string> = {
      code: 'card_declined',
      decline_code: pick.code,
      message,
      type: 'card_error',
      doc_url: 'https://docs.stripe.com/error-codes/card-declined',
      param: '',
    }
    const error = Object.fromEntries(
      order.filter((key) => docUrl || key !== 'doc_url').map((key) => [key, fields[key]]),
    )
    return { pick, text: JSON.stringify(wrapped ? { error } : error, null, indent) }
  })

/** The same in prose, as support pages and logs write it. */
const proseForms = [
  (code: string, message: string) => `${message} Decline code: ${code}`,
  (code: string, message: string) => `${message} (decline_code=${code})`,
  (code: string, message: string) => `${message} decline code: ${code.replaceAll('_', ' ')}.`,
  (code: string, message: string) =>
    `Error: ${message}\ncode: card_declined\ndecline_code: ${code}`,
  (code: string, message: string) => `${message} declineCode: '${code.replaceAll('_', '-')}'`,
  (code: string, message: string) => `${message} 拒付代码 decline_code：${code}`,
]

describe('a specific decline code outranks the generic entry', () => {
  it('JSON with code card_declined and a decline_code: the decline code’s entry first', () => {
    fc.assert(
      fc.property(errorJson, ({ pick, text }) => {
        expect(topId(text)).toBe(pick.id)
      }),
      { numRuns: 400 },
    )
  })

  it.each(coded)('$code: JSON with and without doc_url, and every prose form', ({ code, id }) => {
    for (const docUrl of [true, false]) {
      const error = {
        code: 'card_declined',
        decline_code: code,
        message: 'Your card was declined.',
        type: 'card_error',
        ...(docUrl ? { doc_url: 'https://docs.stripe.com/error-codes/card-declined' } : {}),
      }
      expect(topId(JSON.stringify({ error })), `${code} doc_url=${docUrl}`).toBe(id)
    }
    for (const form of proseForms)
      for (const message of ['Your card was declined.', '您的卡被拒绝了。'])
        expect(topId(form(code, message)), form(code, message)).toBe(id)
  })

  it('labelled decline codes beat other codes, and the generic entry’s codes come last', () => {
    fc.assert(
      fc.property(fc.constantFrom(...coded), fc.constantFrom(...coded), (labelled, other) => {
        const text = `{"code":"${other.code}","decline_code":"${labelled.code}"}`
        const [first] = codeEvidence(text)
        expect(first?.code).toBe(labelled.code)
        expect(first?.strength).toBe(0)
      }),
    )
    const strengths = codeEvidence('generic_decline then incorrect_cvc').map((e) => e.strength)
    expect(strengths).toEqual([1, 2])
  })

  it('without a specific code the generic entry still answers', () => {
    const text = JSON.stringify({
      error: { code: 'card_declined', message: 'Your card was declined.', type: 'card_error' },
    })
    expect(codeEvidence(text)).toEqual([])
    expect(topId(text)).toBe('card-declined')
  })

  it('words that only look like codes are no evidence', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{2,8}(_[a-z]{2,8}){1,3}$/), (word) => {
        fc.pre(!coded.some((c) => c.code === word))
        expect(codeEvidence(`decline_code: ${word}`)).toEqual([])
      }),
    )
  })
})
