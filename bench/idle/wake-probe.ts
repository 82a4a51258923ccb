// Preloaded (`--import`) into each process the idle bench watches, the app and the checks-only
// process alike: counts what wakes the process, and answers the bench's `report` message with its
// counters. Nothing else: no timer of its own, no output.
import { createHook, executionAsyncResource } from 'node:async_hooks'
import { performance } from 'node:perf_hooks'

/**
 * How long the event loop must have run nothing before a callback counts as waking it: the gaps
 * inside a check (a loopback answer on its way) are far shorter; a sleeping process is far longer.
 */
export const IDLE_GAP_MS = 20

/** What the probe reports: counters since the process started, and its CPU and memory now. */
export interface WakeReport {
  /** Callbacks of timers (setTimeout, setInterval, setImmediate, Node's own) that ran. */
  readonly timerCallbacks: number
  /** Times a timer woke the process after at least {@link IDLE_GAP_MS} with nothing to do. */
  readonly timerWakes: number
  /** Times anything else (I/O: a child's output, a message, a socket) woke it. */
  readonly otherWakes: number
  /** µs of CPU, user + system, all threads (getrusage). */
  readonly cpuMicros: number
  readonly voluntarySwitches: number
  readonly rssBytes: number
  /** Event-loop iterations (libuv's own count). */
  readonly loops: number
}

const timerKinds = new Set(['Timeout', 'Immediate'])
let timerCallbacks = 0
let timerWakes = 0
let otherWakes = 0
let depth = 0
let lastEnd = performance.now()

createHook({
  before() {
    const kind = (executionAsyncResource() as object | undefined)?.constructor?.name ?? ''
    const timer = timerKinds.has(kind)
    if (timer) timerCallbacks++
    if (depth++ === 0 && performance.now() - lastEnd >= IDLE_GAP_MS) {
      if (timer) timerWakes++
      else otherWakes++
    }
  },
  after() {
    if (--depth <= 0) {
      depth = 0
      lastEnd = performance.now()
    }
  },
}).enable()

/** The counters now. */
export function wakeReport(): WakeReport {
  const usage = process.resourceUsage()
  return {
    timerCallbacks,
    timerWakes,
    otherWakes,
    cpuMicros: usage.userCPUTime + usage.systemCPUTime,
    voluntarySwitches: usage.voluntaryContextSwitches,
    rssBytes: process.memoryUsage.rss(),
    loops: performance.nodeTiming.uvMetricsInfo.loopCount,
  }
}

process.on('message', (message: unknown) => {
  if (message === 'report') process.send?.(wakeReport())
})
