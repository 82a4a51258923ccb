import fc from 'fast-check'
import countries from 'i18n-iso-countries'
import ipaddr from 'ipaddr.js'

/** Every property runs 10,000 inputs from a fixed seed; `FC_SEED` replays another (failures print theirs). */
export const runs: fc.Parameters<unknown> = {
  seed: Number(process.env['FC_SEED'] ?? 20_261_126),
  numRuns: 10_000,
}

/** The ISO 3166-1 alpha-2 list, straight from the package (not through the code under test). */
export const isoCodes: ReadonlySet<string> = new Set(Object.keys(countries.getAlpha2Codes()))

/** Country-ish text: ISO codes in any case, Unicode look-alikes that case-map to codes, junk. */
export const countryText = fc.oneof(
  fc.constantFrom(...isoCodes),
  fc.constantFrom(
    'us',
    'Cn',
    'XX',
    'T1',
    'ß',
    'ſe',
    'ıd',
    'ＵＳ',
    'ᴜs',
    'U\u200bS',
    'İT',
    'ﬀ',
    'ǅ',
  ),
  fc.string({ maxLength: 4 }),
  fc.string({ unit: 'grapheme', maxLength: 3 }),
)

// Ranges no exit can come from, written out here from the RFCs (independently of the code).
const nonPublicV4 = [
  '0.0.0.0/8',
  '10.0.0.0/8',
  '100.64.0.0/10',
  '127.0.0.0/8',
  '169.254.0.0/16',
  '172.16.0.0/12',
  '192.0.0.0/24',
  '192.0.2.0/24',
  '192.168.0.0/16',
  '198.18.0.0/15',
  '198.51.100.0/24',
  '203.0.113.0/24',
  '224.0.0.0/4',
  '240.0.0.0/4',
]
const nonPublicV6 = [
  '::/3',
  '4000::/2',
  '8000::/1',
  '2001::/23',
  '2001:db8::/32',
  '2002::/16',
  '3fff::/20',
  'fc00::/7',
  'fe80::/10',
  'ff00::/8',
]

function inRange(cidr: string, bits: readonly number[]): string {
  const [base, prefix] = ipaddr.parseCIDR(cidr)
  const bytes = base.toByteArray()
  bytes.forEach((byte, i) => {
    const fixed = Math.min(8, Math.max(0, prefix - i * 8))
    const mask = (0xff << (8 - fixed)) & 0xff
    bytes[i] = (byte & mask) | ((bits[i] ?? 0) & ~mask & 0xff)
  })
  return ipaddr.fromByteArray(bytes).toString()
}

/** A non-public address in a random spelling (compressed, expanded, upper case, IPv4-mapped). */
export const nonPublicIp = fc
  .tuple(
    fc.constantFrom(...nonPublicV4, ...nonPublicV6),
    fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 16, maxLength: 16 }),
    fc.constantFrom('plain', 'upper', 'expanded', 'mapped'),
  )
  .map(([cidr, bits, spelling]) => {
    const ip = inRange(cidr, bits)
    if (ip.includes('.')) return spelling === 'mapped' ? `::ffff:${ip}` : ip
    if (spelling === 'upper') return ip.toUpperCase()
    if (spelling === 'expanded') return (ipaddr.parse(ip) as ipaddr.IPv6).toNormalizedString()
    return ip
  })

/** Any address-like text: random IPv4/IPv6, non-public ones, zone ids, junk. */
export const ipText = fc.oneof(
  fc.ipV4(),
  fc.ipV6(),
  nonPublicIp,
  fc.ipV6().map((ip) => `${ip}%eth0`),
  fc.string({ maxLength: 45 }),
)

/** True when the address lies in one of the non-public ranges above. */
export function isNonPublic(text: string): boolean {
  if (!ipaddr.isValid(text.trim())) return false
  let parsed = ipaddr.parse(text.trim())
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress())
    parsed = (parsed as ipaddr.IPv6).toIPv4Address()
  const list = parsed.kind() === 'ipv4' ? nonPublicV4 : nonPublicV6
  return list.some((cidr) => {
    const range = ipaddr.parseCIDR(cidr)
    return range[0].kind() === parsed.kind() && parsed.match(range)
  })
}

// Issuer prefixes and lengths from the card brands' published ranges (written out here, not read
// from the code under test): Visa, Mastercard (51–55, 2221–2720), Amex, Discover, JCB, UnionPay,
// Diners Club International, Maestro. Prefixes inside another brand's narrower range (Elo's
// 4576…, 6504…) are left out: a number there is that brand's, with its lengths.
const brandRanges: readonly (readonly [string, readonly number[]])[] = [
  ['42', [13, 16, 19]],
  ['51', [16]],
  ['55', [16]],
  ['2221', [16]],
  ['2720', [16]],
  ['34', [15]],
  ['37', [15]],
  ['6011', [16, 19]],
  ['3528', [16]],
  ['3589', [16]],
  ['6200', [16, 17, 18, 19]],
  ['36', [14]],
  ['6759', [16]],
]

/** Appends the Luhn check digit to a number's body. */
export function withLuhnDigit(body: string): string {
  let sum = 0
  ;[...body].reverse().forEach((char, i) => {
    let d = Number(char) * (i % 2 === 0 ? 2 : 1)
    if (d > 9) d -= 9
    sum += d
  })
  return `${body}${(10 - (sum % 10)) % 10}`
}

/** A number any card brand could issue: a real issuer prefix, one of its lengths, the Luhn digit. */
export const cardLikeNumber = fc.constantFrom(...brandRanges).chain(([prefix, lengths]) =>
  fc.constantFrom(...lengths).chain((length) =>
    fc
      .array(fc.integer({ min: 0, max: 9 }), {
        minLength: length - prefix.length - 1,
        maxLength: length - prefix.length - 1,
      })
      .map((digits) => withLuhnDigit(`${prefix}${digits.join('')}`)),
  ),
)
