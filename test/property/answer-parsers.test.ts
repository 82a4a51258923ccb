import fc from 'fast-check'
import { geoParserNames, parseGeoBody } from '../../src/shared/geo/geo-providers'
import { fundingTypes } from '../../src/shared/profile/schema'
import { parseBinlist } from '../../src/shared/profile/binlist'
import { countryText, ipText, isoCodes, runs } from './support'

const scalar = fc.oneof(fc.string({ maxLength: 12 }), fc.boolean(), fc.integer(), fc.constant(null))
const field = <T>(arb: fc.Arbitrary<T>) => fc.option(fc.oneof(arb, scalar), { nil: undefined })

const geoRecord = fc.record(
  {
    ip: field(ipText),
    success: field(fc.boolean()),
    message: field(fc.string({ maxLength: 200 })),
    error: field(fc.oneof(fc.boolean(), fc.string({ maxLength: 20 }))),
    reason: field(fc.constantFrom('RateLimited', 'Reserved IP Address', 'rate limit')),
    country_code: field(countryText),
    country: field(countryText),
  },
  { requiredKeys: [] },
)
const geoBody = fc.oneof(
  geoRecord.map((r) => JSON.stringify(r)),
  fc.string({ maxLength: 40 }),
  fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify(v)),
)

const binBody = fc.oneof(
  fc
    .record(
      {
        scheme: field(
          fc.oneof(
            fc.string({ unit: 'grapheme', maxLength: 50 }),
            fc.string({ unit: fc.constantFrom('v', 'i', 's', 'a', '\u0000', '\n'), maxLength: 8 }),
          ),
        ),
        type: field(fc.constantFrom('credit', 'debit', 'CREDIT', 'Debit', 'charge')),
        prepaid: field(fc.boolean()),
        country: field(fc.record({ alpha2: field(countryText), name: field(fc.string()) })),
        bank: field(fc.record({ name: field(fc.string({ unit: 'grapheme', maxLength: 120 })) })),
      },
      { requiredKeys: [] },
    )
    .map((r) => JSON.stringify(r)),
  fc.string({ maxLength: 40 }),
  fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify(v)),
)

describe('provider answer parsers (property)', { timeout: 60_000 }, () => {
  it.each(geoParserNames)(
    '%s: never throws, never a non-ISO country, never about another IP',
    (parser) => {
      const asked = '104.28.41.17'
      fc.assert(
        fc.property(geoBody, (body) => {
          const answer = parseGeoBody(parser, body, asked)
          if (!answer.ok) {
            expect(answer.detail.length).toBeLessThanOrEqual(100)
            return
          }
          if (answer.country !== null) expect(isoCodes.has(answer.country)).toBe(true)
          const record = JSON.parse(body) as { ip?: unknown }
          if (typeof record.ip === 'string') expect(record.ip).toBe(asked)
        }),
        runs,
      )
    },
  )

  it('binlist: never throws; country ISO or unknown; funding known; brand and bank bounded', () => {
    fc.assert(
      fc.property(binBody, fc.stringMatching(/^\d{6,8}$/), (body, bin) => {
        const parsed = parseBinlist(body, bin)
        if (!parsed.ok) return
        const { facts } = parsed
        if (facts.issuingCountry !== null) expect(isoCodes.has(facts.issuingCountry)).toBe(true)
        expect(fundingTypes).toContain(facts.funding)
        expect(facts.brand?.length ?? 0).toBeLessThanOrEqual(30)
        expect(facts.bank?.length ?? 0).toBeLessThanOrEqual(80)
      }),
      runs,
    )
  })

  // Once a bug: control characters and a bank name cut mid surrogate pair made a looked-up
  // profile unsavable ("contains invisible control characters").
  it('binlist: brand and bank are text a profile can store', () => {
    fc.assert(
      fc.property(binBody, (body) => {
        const parsed = parseBinlist(body, '411111')
        if (!parsed.ok) return
        for (const text of [parsed.facts.brand, parsed.facts.bank])
          // eslint-disable-next-line no-control-regex -- control characters are what is looked for
          if (text !== null) expect(text).toMatch(/^[^\u0000-\u001f\u007f]*$/u)
      }),
      runs,
    )
  })
})
