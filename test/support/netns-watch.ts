// Run inside a network namespace of its own (`unshare -rn node --import tsx netns-watch.ts N`):
// the real interface watch with Linux's real change notices (`ip monitor`), timed over N changes
// made with `ip` in that namespace: a link pair comes up with an address, then goes away. Prints
// `{ events, noticeMs }` as JSON: what the watch reported, and the time from starting the `ip`
// command that makes each change to the watch's event (an upper bound: it includes starting that
// command). Nothing outside the namespace is touched.
import { execFile, execFileSync } from 'node:child_process'
import os from 'node:os'
import { createInterfaceWatch } from '../../src/main/network-watch/interface-watch'
import { createOsChangeNotices } from '../../src/main/network-watch/os-change-notices'
import { spawnMonitor } from '../../src/main/network-watch/spawn-monitor'
import { realTimers } from '../../src/shared/monitor/timers'

const trials = Number(process.argv[2] ?? 1)
const ip = (...args: string[]) => execFileSync('ip', args, { stdio: 'ignore' })
const events: string[] = []
const noticeMs: number[] = []
let waiting: ((event: string) => void) | null = null
const polling: string[] = []
const watch = createInterfaceWatch({
  readInterfaces: () => os.networkInterfaces(),
  isOnline: () => true,
  timers: realTimers,
  notices: createOsChangeNotices({
    platform: 'linux',
    spawn: spawnMonitor,
    timers: realTimers,
    now: Date.now,
    parentPid: process.pid,
  }),
  onEvent: (event) => {
    events.push(event)
    waiting?.(event)
  },
  onPolling: (reason) => polling.push(reason),
})

/** Starts `ip args` and resolves with the ms until the watch reports an event (rejects after 3 s). */
const timed = (...args: string[]) =>
  new Promise<number>((resolve, reject) => {
    const limit = setTimeout(
      () => reject(new Error(`no event (polling: ${polling.join('; ')})`)),
      3000,
    )
    const changed = performance.now()
    execFile('ip', args, (error) => error && reject(error))
    waiting = () => {
      waiting = null
      clearTimeout(limit)
      resolve(performance.now() - changed)
    }
  })

const settle = () => new Promise((resolve) => setTimeout(resolve, 1100))
watch.start()
// `ip monitor` subscribes as it starts: give it a moment before the first change.
await new Promise((resolve) => setTimeout(resolve, 300))
try {
  for (let i = 0; i < trials; i++) {
    // Set up while down (an interface that is not up and running has no address to Node), then up.
    ip('link', 'add', 'pl0', 'type', 'veth', 'peer', 'name', 'pl1')
    ip('link', 'set', 'pl1', 'up')
    ip('addr', 'add', `10.77.${i % 250}.1/24`, 'dev', 'pl0')
    await settle()
    noticeMs.push(await timed('link', 'set', 'pl0', 'up'))
    await settle()
    noticeMs.push(await timed('link', 'del', 'pl0'))
    await settle()
  }
} finally {
  watch.stop()
}
process.stdout.write(JSON.stringify({ events, noticeMs, polling }))
