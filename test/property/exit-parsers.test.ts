import fc from 'fast-check'
import { checkPublicIp } from '../../src/shared/net/ip-address'
import { parseSourceBody } from '../../src/shared/net/parse-body'
import { sourceFamilies } from '../../src/shared/net/sources'
import { countryText, ipText, isNonPublic, isoCodes, nonPublicIp, runs } from './support'

const family = fc.constantFrom(...sourceFamilies)
const traceLine = fc.oneof(
  ipText.map((ip) => `ip=${ip}`),
  countryText.map((loc) => `loc=${loc}`),
  fc.constantFrom('h=chatgpt.com', 'warp=off', 'fl=1f1', '', '<html>', '=x', 'ip'),
  fc.string({ maxLength: 20 }),
)
const traceBody = fc
  .tuple(fc.array(traceLine, { maxLength: 8 }), fc.constantFrom('\n', '\r\n'))
  .map(([lines, eol]) => lines.join(eol))
const plainBody = fc.oneof(
  ipText,
  fc
    .tuple(fc.constantFrom('', ' ', '\n', '\t'), ipText, fc.constantFrom('', '\n', ' \r\n'))
    .map((parts) => parts.join('')),
  fc.string({ maxLength: 60 }),
)

let accepted = 0

function checkParsed(result: ReturnType<typeof parseSourceBody>) {
  if (!result.ok) return
  accepted += 1
  // Whatever was accepted is a public address by the module's own check, and by the RFC list.
  expect(checkPublicIp(result.exit.ip)).toEqual({ ok: true, value: result.exit })
  expect(isNonPublic(result.exit.ip)).toBe(false)
  if (result.country !== null) expect(isoCodes.has(result.country)).toBe(true)
}

describe('exit parsers (property)', { timeout: 60_000 }, () => {
  it('cf-trace: never throws, never a non-ISO country, never a non-public exit', () => {
    accepted = 0
    fc.assert(
      fc.property(traceBody, family, (body, fam) =>
        checkParsed(parseSourceBody('cf-trace', fam, body)),
      ),
      runs,
    )
    expect(accepted).toBeGreaterThan(100) // the accepting path is reached too
  })

  it('plain-ip: never throws, never a non-public exit', () => {
    accepted = 0
    fc.assert(
      fc.property(plainBody, family, (body, fam) =>
        checkParsed(parseSourceBody('plain-ip', fam, body)),
      ),
      runs,
    )
    expect(accepted).toBeGreaterThan(100)
  })

  it('a non-public address is refused in every spelling, by both parsers', () => {
    fc.assert(
      fc.property(nonPublicIp, countryText, (ip, loc) => {
        expect(parseSourceBody('cf-trace', 'any', `ip=${ip}\nloc=${loc}\n`).ok).toBe(false)
        expect(parseSourceBody('plain-ip', 'any', `${ip}\n`).ok).toBe(false)
        expect(checkPublicIp(ip).ok).toBe(false)
      }),
      runs,
    )
  })

  it('a trace country is ISO alpha-2 or unknown, and only ASCII case is mapped', () => {
    fc.assert(
      fc.property(countryText, (loc) => {
        const parsed = parseSourceBody('cf-trace', 'any', `ip=8.8.8.8\nloc=${loc}`)
        if (!parsed.ok) return
        const expected = /^[A-Za-z]{2}$/.test(loc.trim()) && isoCodes.has(loc.trim().toUpperCase())
        expect(parsed.country).toBe(expected ? loc.trim().toUpperCase() : null)
      }),
      runs,
    )
  })
})
