import { statSync } from 'node:fs'
import { openGeoDb } from '../src/node/geo-db'
import { figure, type Figure } from './figures'
import { memoryInFreshProcess } from './fresh-process'
import { median, microsPerSyncCall } from './measure'

const dbFile = 'resources/geo-whois-asn-country.mmdb'
const secondFile = 'resources/iptoasn-country.mmdb'
const PER_FAMILY = 5000
// Regional registries' IPv6 blocks (APNIC, ARIN, RIPE, LACNIC, AFRINIC): where real exits live.
const v6Blocks = [0x2400, 0x2600, 0x2a00, 0x2800, 0x2c00]

/** mulberry32: every output bit is well mixed (the old LCG's low bits repeated, so IPs did too). */
function random32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return (t ^ (t >>> 14)) >>> 0
  }
}

/**
 * 5,000 IPv4 and 5,000 IPv6 addresses, all different and all found in the database, so the
 * look-up figure measures real hits rather than the cheap miss path.
 */
export function distinctHits(locate: (ip: string) => string | null): string[] {
  const next = random32(20261126)
  const seen = new Set<string>()
  const found = { v4: 0, v6: 0 }
  const word = () => (next() & 0xffff).toString(16)
  for (let tries = 0; (found.v4 < PER_FAMILY || found.v6 < PER_FAMILY) && tries < 1e6; tries++) {
    const v6 = found.v4 >= PER_FAMILY || (found.v6 < PER_FAMILY && tries % 2 === 1)
    const ip = v6
      ? `${((v6Blocks[next() % v6Blocks.length] ?? 0x2400) | (next() & 0xf)).toString(16)}:${Array.from({ length: 7 }, word).join(':')}`
      : [next() >>> 24, next() & 255, next() & 255, next() & 255].join('.')
    if (seen.has(ip) || locate(ip) === null) continue
    seen.add(ip)
    found[v6 ? 'v6' : 'v4']++
  }
  return [...seen]
}

/** Offline database: open time, memory, and look-up cost over distinct addresses that hit it. */
export async function benchGeoDb(): Promise<Figure[]> {
  const memory = await memoryInFreshProcess('src/node/geo-db.ts', 'openGeoDb', dbFile)
  let db = openGeoDb(dbFile)
  const opens: number[] = []
  for (let i = 0; i < 7; i++) {
    const start = performance.now()
    db = openGeoDb(dbFile)
    opens.push(performance.now() - start)
  }
  const ips = distinctHits(db.locate)
  const hits = ips.filter((ip) => db.locate(ip) !== null)
  const v6 = hits.filter((ip) => ip.includes(':')).length
  let i = 0
  const micros = microsPerSyncCall(() => db.locate(ips[i++ % ips.length] ?? ''), ips.length, 9)
  const same = microsPerSyncCall(() => db.locate('104.28.41.17'), 100_000)
  return [
    figure('offline DB open (median of 7)', median(opens), 'ms', { max: 50 }),
    figure(
      'offline DB memory added (RSS, one reader, fresh process, median of 5)',
      memory.rssMiB,
      'MiB',
      {
        max: 16,
      },
    ),
    figure(
      `distinct IPs found in the DB (${hits.length - v6} IPv4 + ${v6} IPv6)`,
      hits.length,
      'IPs',
      {
        min: 2 * PER_FAMILY,
      },
    ),
    figure('country look-up, distinct IPs (median of 9 rounds)', micros, 'µs', { max: 2 }),
    figure('country look-up, the same exit IP again', same, 'µs', { max: 2 }),
  ]
}

/**
 * The second offline witness (iptoasn-country): what opening it adds to start-up and memory, and
 * what asking both databases costs per exit, on the same distinct addresses as the first.
 */
export async function benchSecondWitness(): Promise<Figure[]> {
  const memory = await memoryInFreshProcess('src/node/geo-db.ts', 'openGeoDb', secondFile)
  let second = openGeoDb(secondFile)
  const opens: number[] = []
  for (let i = 0; i < 7; i++) {
    const start = performance.now()
    second = openGeoDb(secondFile)
    opens.push(performance.now() - start)
  }
  const first = openGeoDb(dbFile)
  const ips = distinctHits(first.locate)
  let i = 0
  const micros = microsPerSyncCall(() => second.locate(ips[i++ % ips.length] ?? ''), ips.length, 9)
  let j = 0
  const both = microsPerSyncCall(
    () => {
      const ip = ips[j++ % ips.length] ?? ''
      return [first.locate(ip), second.locate(ip)]
    },
    ips.length,
    9,
  )
  return [
    figure('second witness: size on disk', statSync(secondFile).size / 1e6, 'MB', { max: 8 }),
    figure('second witness: open (median of 7)', median(opens), 'ms', { max: 50 }),
    figure('second witness: memory added (RSS, fresh process, median of 5)', memory.rssMiB, 'MiB', {
      max: 10,
    }),
    figure('second witness: look-up, distinct IPs (median of 9 rounds)', micros, 'µs', { max: 2 }),
    figure('both witnesses: look-up per exit, distinct IPs', both, 'µs', { max: 4 }),
  ]
}
