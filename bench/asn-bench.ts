// Figures for the offline IP → ASN table (resources/asn.bin). Run alone:
// node --expose-gc --import tsx bench/asn-bench.ts
import { readFileSync, statSync } from 'node:fs'
import { openAsnDb } from '../src/node/asn-db'
import { figure, formatTable, type Figure } from './figures'
import { memoryInFreshProcess } from './fresh-process'
import { median, microsPerSyncCall } from './measure'

const asnFile = 'resources/asn.bin'

/** Distinct addresses that hit the data: every 97th range start of both families, made concrete. */
function sampleAddresses(): string[] {
  const csvDir = 'node_modules/@ip-location-db/asn'
  const pick = (file: string, step: number, tail: string) =>
    readFileSync(`${csvDir}/${file}`, 'utf8')
      .split('\n')
      .filter((line, i) => line && i % step === 0)
      .map((line) => (line.split(',')[0] ?? '').replace(/\.0$/, tail).replace(/::$/, '::1'))
  return [...pick('asn-ipv4.csv', 97, '.1'), ...pick('asn-ipv6.csv', 29, '')]
}

/** Size on disk, open time, memory added and look-up cost of the ASN table. */
export async function benchAsnDb(): Promise<Figure[]> {
  const memory = await memoryInFreshProcess('src/node/asn-db.ts', 'openAsnDb', asnFile)
  let db = openAsnDb(asnFile)
  const ips = sampleAddresses()
  const opens: number[] = []
  for (let i = 0; i < 7; i++) {
    const start = performance.now()
    db = openAsnDb(asnFile)
    opens.push(performance.now() - start)
  }
  const hits = ips.filter((ip) => db.owner(ip)).length
  let i = 0
  const micros = microsPerSyncCall(() => db.owner(ips[i++ % ips.length] ?? '8.8.8.8'), 200_000)
  return [
    figure('ASN table size on disk', statSync(asnFile).size / 1e6, 'MB', { max: 10 }),
    figure('ASN table open (median of 7)', median(opens), 'ms', { max: 50 }),
    figure('ASN table memory added (RSS, fresh process, median of 5)', memory.rssMiB, 'MiB', {
      max: 15,
    }),
    figure(`ASN look-up, ${ips.length} distinct IPs (v4+v6)`, micros, 'µs', { max: 5 }),
    figure('ASN sample addresses found in the data', (100 * hits) / ips.length, '%', { min: 100 }),
  ]
}

if (process.argv[1]?.endsWith('asn-bench.ts')) console.log(formatTable(await benchAsnDb()))
