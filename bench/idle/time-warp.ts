// Preloaded (`--import`) into the built main bundle for the simulated day. The app's clock (`Date`)
// and its timers (the global setTimeout family) run on virtual time that jumps over idle stretches:
// whenever no I/O of the process is in flight, virtual time moves straight to the next timer the
// app armed, and that timer fires. Every timer fires in the app's own order at the app's own
// times, every request and file write is real and finishes before time moves on; only the waiting
// in between is skipped. Node's own timers (sockets, its HTTP client) stay on real time.
//
// At each virtual hour it records the memory after a garbage collection (run with --expose-gc);
// after `PAYLIGHT_WARP_HOURS` virtual hours it sends `{ hours: [...] }` to the bench and stops
// the clock.

/** One virtual hour's reading: memory after a collection, and the checks' requests so far. */
export interface HourReading {
  readonly hour: number
  readonly rssBytes: number
  readonly heapUsedBytes: number
  readonly heapTotalBytes: number
  readonly externalBytes: number
  /** Real milliseconds since the warp started. */
  readonly realMs: number
}

const RealDate = Date
const realSetTimeout = globalThis.setTimeout
const realSetImmediate = globalThis.setImmediate
const realStart = RealDate.now()
let offset = 0
const virtualNow = () => RealDate.now() + offset

class VirtualDate extends RealDate {
  constructor(...args: unknown[]) {
    if (args.length === 0) super(virtualNow())
    else super(...(args as [string | number | Date]))
  }
  static override now(): number {
    return virtualNow()
  }
}
globalThis.Date = VirtualDate as DateConstructor

interface VirtualTimer {
  readonly due: number
  readonly seq: number
  readonly run: () => void
  readonly repeatMs: number | null
}
const pending = new Map<number, VirtualTimer>()
let seq = 0

/** What the app holds: an object like Node's Timeout, so clearTimeout, unref and ref work. */
class Handle {
  constructor(readonly id: number) {}
  ref(): this {
    return this
  }
  unref(): this {
    return this
  }
  hasRef(): boolean {
    return true
  }
  refresh(): this {
    return this
  }
  [Symbol.toPrimitive](): number {
    return this.id
  }
}

const arm = (run: () => void, ms: unknown, repeat: boolean): Handle => {
  const delay = Math.max(1, Number(ms) || 0)
  const id = ++seq
  pending.set(id, { due: virtualNow() + delay, seq: id, run, repeatMs: repeat ? delay : null })
  return new Handle(id)
}
const disarm = (handle: unknown): void => {
  if (handle instanceof Handle) pending.delete(handle.id)
  else if (typeof handle === 'number') pending.delete(handle)
}
type AnyFn = (...args: unknown[]) => void
Object.assign(globalThis, {
  setTimeout: (fn: AnyFn, ms?: number, ...args: unknown[]) => arm(() => fn(...args), ms, false),
  setInterval: (fn: AnyFn, ms?: number, ...args: unknown[]) => arm(() => fn(...args), ms, true),
  clearTimeout: disarm,
  clearInterval: disarm,
})

// Resources that are there while a process waits and are not work in flight.
const background = new Set([
  'TTYWrap',
  'PipeWrap',
  'ProcessWrap',
  'Timeout',
  'Immediate',
  'SignalWrap',
  'FSEventWrap',
  'StatWatcher',
  'TCPServerWrap',
  'FileHandle',
])
const busy = () => process.getActiveResourcesInfo().some((kind) => !background.has(kind))

const next = (): VirtualTimer | undefined => {
  let best: VirtualTimer | undefined
  for (const timer of pending.values())
    if (!best || timer.due < best.due || (timer.due === best.due && timer.seq < best.seq))
      best = timer
  return best
}

const hours = Number(process.env['PAYLIGHT_WARP_HOURS'] ?? 24)
const readings: HourReading[] = []
let nextHour = 1
const hourMs = 3_600_000
const gc = (globalThis as { gc?: () => void }).gc

const read = (hour: number): HourReading => {
  gc?.()
  const memory = process.memoryUsage()
  return {
    hour,
    rssBytes: memory.rss,
    heapUsedBytes: memory.heapUsed,
    heapTotalBytes: memory.heapTotal,
    externalBytes: memory.external + memory.arrayBuffers,
    realMs: RealDate.now() - realStart,
  }
}

let quietPumps = 0
const pump = (): void => {
  const timer = next()
  const now = virtualNow()
  if (timer && timer.due <= now) {
    fire(timer)
    return void realSetImmediate(pump)
  }
  // Idle twice in a row, a millisecond apart: what a callback started has had time to show up.
  quietPumps = busy() ? 0 : quietPumps + 1
  if (quietPumps < 2) return void realSetTimeout(pump, 1)
  quietPumps = 0
  const hourAt = realStart + nextHour * hourMs
  if (!timer || timer.due > hourAt) {
    // The app sits idle across an hour boundary: read its memory there.
    offset += Math.max(0, hourAt - now)
    readings.push(read(nextHour))
    if (nextHour === hours) return void process.send?.({ hours: readings })
    nextHour += 1
    return void realSetTimeout(pump, 1)
  }
  offset += timer.due - now
  fire(timer)
  realSetImmediate(pump)
}

const fire = (timer: VirtualTimer): void => {
  pending.delete(timer.seq)
  if (timer.repeatMs !== null) pending.set(timer.seq, { ...timer, due: timer.due + timer.repeatMs })
  timer.run()
}

realSetTimeout(pump, 1)
