// Measures the two offline country witnesses on a sample of announced addresses (run: npm run
// country-witnesses [-- --reference other.mmdb --v4 200000 --v6 30000]): how often they disagree
// (the exits that read "disputed" when no edge answers), the country pairs behind it, and, with
// another publisher's country database as the reference, how often the main database differs from
// it and how many of those differences the second witness turns into a dispute (never green).
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { Reader, type CountryResponse } from 'maxmind'
import { readAsnRows, type AsnRow } from './network-kinds/asn-data'
import { ipText, seededRandom } from './network-kinds/sampling'

const { values } = parseArgs({
  options: {
    reference: { type: 'string' },
    v4: { type: 'string', default: '200000' },
    v6: { type: 'string', default: '30000' },
  },
})
const random = seededRandom(7)
const open = (file: string) => new Reader<CountryResponse>(readFileSync(file))
const cc = (reader: Reader<CountryResponse>, ip: string) =>
  (reader.get(ip) as { country_code?: string } | null)?.country_code ?? null
/** IPv4: uniform over the announced addresses. IPv6: a random /64 of a random announced range. */
function sample(rows: readonly AsnRow[], family: 4 | 6, n: number): string[] {
  const out: string[] = []
  if (family === 4) {
    const ends: number[] = []
    let total = 0
    for (const r of rows) ends.push((total += Number(r.end - r.start + 1n)))
    for (let i = 0; i < n; i++) {
      const at = Math.floor(random() * total)
      let lo = 0
      let hi = ends.length - 1
      while (lo < hi) {
        const mid = (lo + hi) >> 1
        if ((ends[mid] ?? 0) <= at) lo = mid + 1
        else hi = mid
      }
      const row = rows[lo] as AsnRow
      out.push(ipText(row.end - BigInt((ends[lo] ?? 0) - 1 - at), 4))
    }
  } else
    for (let i = 0; i < n; i++) {
      const row = rows[Math.floor(random() * rows.length)] as AsnRow
      const blocks = (row.end - row.start) >> 64n
      const block =
        blocks > 0n ? BigInt(Math.floor(random() * Math.min(Number(blocks), 2 ** 40))) : 0n
      out.push(ipText(row.start + (block << 64n) + 1n, 6))
    }
  return out
}

const main = open('resources/geo-whois-asn-country.mmdb')
const second = open('resources/iptoasn-country.mmdb')
const reference = values.reference ? open(values.reference) : null
const say = (line: string) => process.stdout.write(`${line}\n`)
const pct = (a: number, b: number) => `${((100 * a) / Math.max(1, b)).toFixed(2)} %`

for (const [family, n] of [
  [4, Number(values.v4)],
  [6, Number(values.v6)],
] as const) {
  const ips = sample(readAsnRows(family), family, n)
  let both = 0
  let disputed = 0
  let refKnown = 0
  let mainWrong = 0
  let caught = 0
  let secondRight = 0
  const pairs = new Map<string, number>()
  for (const ip of ips) {
    const a = cc(main, ip)
    const b = cc(second, ip)
    if (a && b) both++
    const dispute = !!a && !!b && a !== b
    if (dispute) {
      disputed++
      const key = `${a}/${b}`
      pairs.set(key, (pairs.get(key) ?? 0) + 1)
    }
    const r = reference ? cc(reference, ip) : null
    if (r && a) {
      refKnown++
      if (a !== r) {
        mainWrong++
        if (dispute) caught++
        if (b === r) secondRight++
      }
    }
  }
  say(`IPv${family}: ${ips.length} sampled addresses, both witnesses answer for ${both}`)
  say(`  disputed (the witnesses disagree): ${disputed} (${pct(disputed, both)})`)
  const top = [...pairs].sort((x, y) => y[1] - x[1]).slice(0, 12)
  say(`  most frequent: ${top.map(([k, v]) => `${k} ${v}`).join(', ')}`)
  if (reference)
    say(
      `  main database differs from the reference on ${mainWrong} of ${refKnown} (${pct(mainWrong, refKnown)}); ` +
        `of those, ${caught} (${pct(caught, mainWrong)}) are now disputed (at most yellow), ` +
        `and the second witness names the reference's country for ${secondRight}`,
    )
}
