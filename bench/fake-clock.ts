import type { Timers } from '../src/shared/monitor/timers'

interface Pending {
  readonly at: number
  readonly seq: number
  readonly fn: () => void
}

// Lets promise chains and stream reads that do not wait on the clock run to completion.
const drain = async () => {
  for (let i = 0; i < 8; i++) await new Promise<void>((resolve) => setImmediate(resolve))
}

/**
 * A virtual clock for the latency bench: the app's timers and the fake sources' delays run on
 * it, so a trial of many simulated minutes takes milliseconds and measures simulated time only.
 */
export function createFakeClock(start: number) {
  let time = start
  let seq = 0
  const pending = new Map<number, Pending>()
  const timers: Timers = {
    setTimeout: (fn, ms) => {
      const id = ++seq
      pending.set(id, { at: time + Math.max(0, ms), seq: id, fn })
      return id
    },
    clearTimeout: (handle) => void pending.delete(handle as number),
  }
  const nextDue = (until: number): [number, Pending] | null => {
    let best: [number, Pending] | null = null
    for (const entry of pending) {
      const [, p] = entry
      if (p.at > until) continue
      if (!best || p.at < best[1].at || (p.at === best[1].at && p.seq < best[1].seq)) best = entry
    }
    return best
  }
  return {
    now: () => time,
    timers,
    /** Resolves after `ms` of simulated time. */
    sleep: (ms: number) => new Promise<void>((resolve) => timers.setTimeout(resolve, ms)),
    /** Runs every timer due within `ms`, in order, letting async work settle between them. */
    advance: async (ms: number, stop: () => boolean = () => false) => {
      const until = time + ms
      for (;;) {
        await drain()
        if (stop()) return
        const due = nextDue(until)
        if (!due) break
        pending.delete(due[0])
        time = due[1].at
        due[1].fn()
      }
      time = until
    },
    /** Drops every timer (the end of a trial). */
    clear: () => pending.clear(),
  }
}

/** See {@link createFakeClock}. */
export type FakeClock = ReturnType<typeof createFakeClock>
