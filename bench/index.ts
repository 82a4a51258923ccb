// `npm run bench`: PayLight's performance figures, each with its target. Prints a table (or, with
// `--json`, JSON and nothing else on stdout; progress goes to stderr) and exits non-zero when a
// target is missed. Builds the app first, so every figure is about the current code. Traffic stays
// on 127.0.0.1.
import { execFileSync } from 'node:child_process'
import { setLogSink } from '../src/shared/util/logger'
import { benchAlertLatency } from './alert-latency'
import { benchAsnDb } from './asn-bench'
import { benchChromiumBytes } from './chromium-net/chromium-bytes'
import { benchCliStart } from './cli-bench'
import { benchCoreTime } from './core-bench'
import { exitCodeFor, formatJson, formatTable, type Figure } from './figures'
import { benchGeoDb, benchSecondWitness } from './geo-bench'
import { benchHistory } from './history-bench'
import { benchHttps } from './https-bench'
import { startIdlePair } from './idle/idle-bench'
import { benchSimulatedDay } from './idle/simulated-day'
import { progress } from './measure'
import { benchOsNotices } from './os-notices-bench'
import { machineQuiet } from './quiet'
import { benchServices } from './services-bench'
import { benchServicesCpu } from './services-cpu'
import { benchAddressData, benchVerdict } from './verdict-bench'
import { benchWindow } from './window-bench'

const json = process.argv.includes('--json')
const started = performance.now()
// Whatever the code under test logs goes to stderr with the progress, never into the figures.
setLogSink((entry) => progress(`    [${entry.level}] ${entry.scope}: ${entry.message}`), 'warn')

progress(`PayLight bench — Node ${process.version}, ${process.platform}/${process.arch}`)
progress('  building the app (electron-vite build)')
execFileSync(process.execPath, ['node_modules/electron-vite/bin/electron-vite.js', 'build'], {
  stdio: ['ignore', 2, 2],
})

// The built bundle at rest, beside a checks-only process, over one full-check period of real
// time: it runs while the sections below do (it uses a few ms of CPU a minute, counted per
// process by the kernel), and its figures are read at the end.
progress('  at rest: the built bundle and a checks-only process start (read at the end)')
const atRest = await startIdlePair()

const sections: readonly [string, () => Figure[] | Promise<Figure[]>][] = [
  ['offline database', benchGeoDb],
  ['second offline witness', benchSecondWitness],
  ['ASN table', benchAsnDb],
  ['core', benchCoreTime],
  ['verdict', benchVerdict],
  ['address data', benchAddressData],
  ['HTTPS client', benchHttps],
  ['bytes through Chromium', benchChromiumBytes],
  ['main services', benchServices],
  ['main services, whole, real sockets', benchServicesCpu],
  ['simulated day of the built bundle', benchSimulatedDay],
  ['CLI start', benchCliStart],
  ['alert latency', () => benchAlertLatency()],
  ['network change notices', benchOsNotices],
  ['history', benchHistory],
  ['window (built renderer in Chromium)', benchWindow],
]

const figures: Figure[] = []
try {
  for (const [name, run] of sections) {
    // Each section starts on a quiet machine: the last one's browser or child processes are gone.
    if (!(await machineQuiet())) progress(`  (${name} starts on a busy machine)`)
    const sectionStart = performance.now()
    figures.push(...(await run()))
    progress(`  ${name}: ${((performance.now() - sectionStart) / 1000).toFixed(1)} s`)
  }
  progress('  at rest: waiting for the end of its window')
  figures.push(...(await atRest.figures()))
} finally {
  await atRest.stop()
}
progress(`  the whole run: ${((performance.now() - started) / 60_000).toFixed(1)} min`)
process.stdout.write(`${json ? formatJson(figures) : formatTable(figures)}\n`)
process.exitCode = exitCodeFor(figures)
