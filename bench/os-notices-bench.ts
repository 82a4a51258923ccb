// How soon the OS's change notice reaches the interface watch: the real watch and `ip monitor` in
// a network namespace of their own (Linux, where unprivileged namespaces are allowed), timed over
// interfaces coming up and going away there (test/support/netns-watch.ts).
import { execFile, spawnSync } from 'node:child_process'
import { promisify } from 'node:util'
import { figure, type Figure } from './figures'
import { median, progress } from './measure'

const TRIALS = 10

/** Median and worst notice latency over {@link TRIALS} changes each way; none where not measurable. */
export async function benchOsNotices(): Promise<Figure[]> {
  const namespaces =
    process.platform === 'linux' &&
    spawnSync('unshare', ['-rn', 'ip', 'link'], { stdio: 'ignore' }).status === 0
  if (!namespaces) {
    progress('    not measured: no unprivileged network namespace (Linux only) on this machine')
    return []
  }
  const { stdout } = await promisify(execFile)('unshare', [
    '-rn',
    process.execPath,
    '--import',
    'tsx',
    'test/support/netns-watch.ts',
    String(TRIALS),
  ])
  const run = JSON.parse(stdout) as { noticeMs: number[]; polling: string[] }
  if (run.polling.length > 0) throw new Error(`the watch polled: ${run.polling.join('; ')}`)
  const sorted = [...run.noticeMs].sort((a, b) => a - b)
  progress(`    ${sorted.length} changes: ${sorted.map((ms) => ms.toFixed(1)).join(' ')} ms`)
  return [
    figure(
      `interface change to the watch's event, Linux ip monitor: median of ${sorted.length}`,
      median(sorted),
      'ms',
      { max: 100 },
    ),
    figure(
      "interface change to the watch's event, Linux ip monitor: max",
      sorted.at(-1) ?? Number.NaN,
      'ms',
      {
        max: 500,
      },
    ),
  ]
}
