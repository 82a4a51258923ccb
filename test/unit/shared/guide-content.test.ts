import { readFileSync } from 'node:fs'
import { declineEntries, declineEntryIds } from '../../../src/shared/declines/entries'
import { declineEn } from '../../../src/shared/i18n/messages/declines.en'
import { declineZh } from '../../../src/shared/i18n/messages/declines.zh'
import {
  cardTypeColumns,
  cardTypeRows,
  supportLabelKey,
} from '../../../src/shared/guide/card-types'
import { guideLinks } from '../../../src/shared/guide/links'
import { guideEn } from '../../../src/shared/i18n/messages/guide.en'
import { guideZh } from '../../../src/shared/i18n/messages/guide.zh'
import { guideSections } from '../../../src/shared/guide/sections'

const tables = [
  ['guide', guideZh, guideEn],
  ['decline', declineZh, declineEn],
] as const

/** Every string reachable from the typed data: the keys it refers to. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap(strings)
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings)
  return []
}

const referenced = new Set([
  ...strings([declineEntries, guideSections, cardTypeRows, cardTypeColumns, guideLinks]),
  ...strings([supportLabelKey]),
])
const cliSource = readFileSync('src/cli/explain.ts', 'utf8')

// Proper names and abbreviations allowed inside Chinese text; anything else is English leaking in.
const allowedAscii = new Set([
  'OpenAI',
  'ChatGPT',
  'Stripe',
  'Visa',
  'Mastercard',
  'ZIP',
  'API',
  'IP',
  'VPN',
  'BIN',
  '3D',
  'Secure',
  'input',
  'score',
  'codes',
  // The merchant category code: card services' support pages say "MCC" in Chinese too.
  'MCC',
])

describe.each(tables)('the %s message tables', (_name, zh, en) => {
  it('have the same keys, no empty text and the same placeholders in both languages', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort())
    for (const [key, text] of Object.entries(zh)) {
      const english = (en as Record<string, string>)[key]!
      expect(text.trim(), key).not.toBe('')
      expect(english.trim(), key).not.toBe('')
      const params = (s: string): string[] => (s.match(/\{\w+\}/g) ?? []).sort()
      expect(params(english), key).toEqual(params(text))
    }
  })

  it('have every key used by the data or the command line', () => {
    const unused = Object.keys(zh).filter(
      (key) => !referenced.has(key) && !cliSource.includes(`'${key}'`),
    )
    expect(unused).toEqual([])
  })

  it('keep English words out of Chinese text, proper names aside', () => {
    const leaks = Object.entries(zh).flatMap(([key, text]) =>
      (text.replace(/\{\w+\}/g, '').match(/[A-Za-z0-9]+/g) ?? [])
        .filter((word) => /[A-Za-z]/.test(word) && !allowedAscii.has(word))
        .map((word) => `${key}: ${word}`),
    )
    expect(leaks).toEqual([])
  })
})

describe('the guide data', () => {
  it('refers only to keys that exist', () => {
    const known = new Set([...Object.keys(guideZh), ...Object.keys(declineZh)])
    const keyLike = [...referenced].filter((s) => /^(guide|decline|explain)\./.test(s))
    expect(keyLike.filter((key) => !known.has(key))).toEqual([])
    expect(keyLike.length).toBeGreaterThan(100)
  })

  it('gives every section content', () => {
    for (const section of guideSections) {
      const body = section.body
      const size =
        body.kind === 'points' || body.kind === 'compared-points'
          ? body.points.length
          : body.kind === 'faq'
            ? body.items.length
            : body.kind === 'decline-entries'
              ? body.entries.length
              : cardTypeRows.length
      expect(size, section.id).toBeGreaterThan(0)
    }
    expect(guideSections.map((s) => s.id)).toEqual([
      'card-types',
      'errors',
      'virtual-cards',
      'confirm-added',
      'risk-check',
      'recovery',
      'keep-stable',
      'faq',
    ])
  })

  it('leaves out the dropped question about paying with somebody else’s card', () => {
    expect(Object.keys(guideZh).filter((k) => k.startsWith('guide.faq.q'))).toEqual([
      'guide.faq.q1',
      'guide.faq.q2',
      'guide.faq.q3',
      'guide.faq.q5',
      'guide.faq.q6',
    ])
  })

  it('marks prepaid and gift cards as not accepted, and credit and debit as accepted', () => {
    const accepted = Object.fromEntries(cardTypeRows.map((r) => [r.kind, r.accepted]))
    expect(accepted).toMatchObject({ credit: 'yes', debit: 'yes', prepaid: 'no', gift: 'no' })
  })

  it('states the hold as about $5 reversed within about 7 days', () => {
    expect(guideEn['guide.confirm.hold']).toMatch(/about \$5.*about 7 days/)
    expect(guideZh['guide.confirm.hold']).toMatch(/约 5 美元.*7 天/)
  })

  it('links only to https pages on the merchant’s and the processor’s hosts', () => {
    for (const link of Object.values(guideLinks)) {
      const url = new URL(link.url)
      expect(url.protocol).toBe('https:')
      expect(['help.openai.com', 'docs.stripe.com']).toContain(url.hostname)
    }
  })
})

describe('the look-up entries', () => {
  it('cover every id once, each with a cause, something to do and a step', () => {
    expect(declineEntries.map((e) => e.id)).toEqual([...declineEntryIds])
    for (const entry of declineEntries) {
      expect(entry.doNowKeys.length, entry.id).toBeGreaterThan(0)
      expect(entry.dontKeys.length, entry.id).toBeGreaterThan(0)
      expect(entry.steps.length, entry.id).toBeGreaterThan(0)
      expect(entry.codes.length, entry.id).toBeGreaterThan(0)
    }
  })

  it('count real declines toward the cool-down, but not input errors, transient faults or region blocks', () => {
    const counts = Object.fromEntries(declineEntries.map((e) => [e.id, e.countsTowardCooldown]))
    expect(counts).toMatchObject({
      'card-declined': true,
      'velocity-exceeded': true,
      'incorrect-zip': false,
      'incorrect-cvc': false,
      'hard-decline': true,
      'incorrect-number': false,
      'expired-card': false,
      'processing-error': false,
      'region-unavailable': false,
    })
  })

  it('advise against retrying right away for most declines', () => {
    const counted = declineEntries.filter((e) => e.countsTowardCooldown)
    const noRetry = counted.filter((e) => e.dontKeys.includes('decline.dont.retryNow'))
    expect(noRetry.length / counted.length).toBeGreaterThan(0.5)
  })
})
