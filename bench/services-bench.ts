import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createAppServices } from '../src/main/app-services'
import { openGeoDb } from '../src/node/geo-db'
import { createProfileStore } from '../src/node/profile-store'
import { seededSettings } from './seeded-settings'
import type { FetchFn } from '../src/shared/net/fetch-text'
import { defaultSources, type SourceSpec } from '../src/shared/net/sources'
import { fakeCipher } from '../test/support/fake-cipher'
import { fixture, traceBody } from '../test/support/provider-bodies'
import { figure, type Figure } from './figures'
import { heapMiB } from './measure'

const CHECKS = 10_000

/** An exit that changes with every check: the fake sources answer from a counter. */
function changingExits(): { fetch: FetchFn; next(): void } {
  let n = 1
  const v4 = () => `104.28.${(n >> 8) & 255}.${n & 255}`
  const body = (s: SourceSpec) => {
    if (s.parser === 'plain-ip') return s.family === 'v6' ? `240e:3b7::${n.toString(16)}` : v4()
    return s.family === 'v6' ? fixture('cloudflare-trace-v6.txt') : traceBody(v4(), 'US')
  }
  const byUrl = new Map(defaultSources.map((s) => [s.url, s]))
  return {
    fetch: async (url) => {
      const source = byUrl.get(url)
      return new Response(source ? body(source) : '', { status: source ? 200 : 404 })
    },
    next: () => void n++,
  }
}

/** Real timers that remember which are still armed, so the bench can count and clear them. */
function trackedTimers() {
  const armed = new Set<ReturnType<typeof setTimeout>>()
  return {
    setTimeout: (fn: () => void, ms: number): unknown => {
      const handle = setTimeout(() => {
        armed.delete(handle)
        fn()
      }, ms)
      armed.add(handle)
      return handle
    },
    clearTimeout: (handle: unknown): void => {
      armed.delete(handle as ReturnType<typeof setTimeout>)
      clearTimeout(handle as ReturnType<typeof setTimeout>)
    },
    /** Clears whatever is still armed; returns how many there were. */
    clearAll: (): number => {
      const count = armed.size
      for (const handle of armed) clearTimeout(handle)
      armed.clear()
      return count
    },
  }
}

/** Resolves once `done()` holds (polled between macrotasks), or fails after 5 s. */
async function settled(done: () => boolean): Promise<void> {
  const until = Date.now() + 5000
  while (!done()) {
    if (Date.now() > until) throw new Error('the services never settled')
    await new Promise((resolve) => setTimeout(resolve, 1))
  }
}

/**
 * The main-process services under 10,000 checks whose exits change every time: heap after start,
 * heap growth (a leak fails it), and state pushes to the window per check. The only call site of
 * the services is here, so a change to how they are built is a change to this function alone.
 */
export async function benchServices(): Promise<Figure[]> {
  return (await measureServices())()
}

async function measureServices(): Promise<() => Figure[]> {
  const exits = changingExits()
  const db = openGeoDb('resources/geo-whois-asn-country.mmdb')
  const dir = mkdtempSync(path.join(tmpdir(), 'paylight-bench-'))
  // Checks whose published state carries a new merchant exit: proof every check really changed it.
  let moves = 0
  let lastIp: string | null = null
  const timers = trackedTimers()
  const services = await createAppServices({
    fetch: exits.fetch,
    locate: db.locate,
    sources: defaultSources,
    geoProviders: [],
    now: Date.now,
    timers,
    systemLocale: 'zh-CN',
    timeZone: 'Asia/Shanghai',
    settingsStore: await seededSettings(dir, { notifications: true, crossCheck: false }),
    profileStore: createProfileStore(dir, fakeCipher()),
    files: { chooseExportFile: async () => null, chooseImportFile: async () => null },
    openLink: async () => ({ ok: false }),
  })
  let leftOver = 0
  try {
    let pushes = 0
    services.subscribe((state) => {
      pushes++
      const ip = state.monitor.observation?.exits.merchant?.ip ?? null
      if (ip !== null && ip !== lastIp) moves++
      lastIp = ip
    })
    services.start()
    // A check asked for during the start-up check re-runs after it: let that one finish too, so
    // every check counted below is the loop's own (one at a time, none coalesced).
    await services.ipc.checkNow(undefined)
    await settled(() => !services.state().monitor.checking)
    const startHeap = heapMiB()
    pushes = 0
    moves = 0
    for (let i = 0; i < CHECKS; i++) {
      exits.next()
      await services.ipc.checkNow(undefined)
    }
    const grown = heapMiB() - startHeap
    if (moves < CHECKS) throw new Error(`only ${moves} of ${CHECKS} checks saw their new exit`)
    return () => [
      figure('main services: heap after start', startHeap, 'MiB', { max: 64 }),
      figure(`main services: heap growth after ${CHECKS} changing checks`, grown, 'MiB', {
        max: 2,
      }),
      figure('main services: state pushes per check (exit changed)', pushes / CHECKS, 'pushes', {
        max: 1,
      }),
      figure('main services: timers still armed 100 ms after stop()', leftOver, 'timers', {
        max: 0,
      }),
    ]
  } finally {
    services.stop()
    await new Promise((resolve) => setTimeout(resolve, 100))
    leftOver = timers.clearAll()
    rmSync(dir, { recursive: true, force: true })
  }
}
