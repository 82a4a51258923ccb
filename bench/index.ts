// `npm run bench`: PayLight's performance figures, each with its target. Prints a table (or JSON
// with `--json`) and exits non-zero when a target is missed. Traffic stays on 127.0.0.1.
import { benchAlertLatency } from './alert-latency'
import { benchAsnDb } from './asn-bench'
import { benchCliStart } from './cli-bench'
import { benchCoreTime } from './core-bench'
import { exitCodeFor, formatJson, formatTable, type Figure } from './figures'
import { benchGeoDb, benchSecondWitness } from './geo-bench'
import { benchHistory } from './history-bench'
import { benchHttps } from './https-bench'
import { progress } from './measure'
import { machineQuiet } from './quiet'
import { benchServices } from './services-bench'
import { benchAddressData, benchVerdict } from './verdict-bench'
import { benchWindow } from './window-bench'

const json = process.argv.includes('--json')
const sections: readonly [string, () => Figure[] | Promise<Figure[]>][] = [
  ['offline database', benchGeoDb],
  ['second offline witness', benchSecondWitness],
  ['ASN table', benchAsnDb],
  ['core', benchCoreTime],
  ['verdict', benchVerdict],
  ['address data', benchAddressData],
  ['HTTPS client', benchHttps],
  ['main services', benchServices],
  ['CLI start', benchCliStart],
  ['alert latency', () => benchAlertLatency()],
  ['history', benchHistory],
  ['window (built renderer in Chromium)', benchWindow],
]

progress(`PayLight bench — Node ${process.version}, ${process.platform}/${process.arch}`)
const figures: Figure[] = []
for (const [name, run] of sections) {
  // Each section starts on a quiet machine: the last one's browser or child processes are gone.
  if (!(await machineQuiet())) progress(`  (${name} starts on a busy machine)`)
  const started = performance.now()
  figures.push(...(await run()))
  progress(`  ${name}: ${((performance.now() - started) / 1000).toFixed(1)} s`)
}
process.stdout.write(`${json ? formatJson(figures) : formatTable(figures)}\n`)
process.exitCode = exitCodeFor(figures)
