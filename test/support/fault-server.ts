import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { onTestFinished } from 'vitest'
import { createProfileStore, type ProfileStore } from '../../src/node/profile-store'
import { openGeoDb } from '../../src/node/geo-db'
import type { Timers } from '../../src/shared/monitor/timers'
import type { FetchFn } from '../../src/shared/net/fetch-text'
import { defaultSources } from '../../src/shared/net/sources'
import { createTestServices } from './app-harness'
import { fakeCipher } from './fake-cipher'
import { failingFs } from './failing-fs'
import { startFakeServer, type FakeBehaviour, type FakeServer } from './fake-server'
import { fakeGeoProviders, fakeSourceList } from './fake-sources'
import { loopbackFetch } from './loopback-fetch'
import { usProfile } from './profiles'
import { traceBody } from './provider-bodies'

/** The healthy exits the fault rig starts from: a US IPv4 and a US IPv6 exit. */
export const exitsOk = { v4: '104.28.41.17', v6: '2606:4700:4700::1111' } as const

const geoDb = openGeoDb('resources/geo-whois-asn-country.mmdb')

/** A clock and timers the test moves by hand: time jumps, and timers fire only when told. */
export interface ManualClock {
  readonly now: () => number
  readonly timers: Timers
  shift(ms: number): void
  /** Runs every timer due by now, in order; returns how many ran. */
  fireDue(): number
}

/** See {@link ManualClock}; starts at the real time so file stamps look ordinary. */
export function manualClock(start = Date.now()): ManualClock {
  let now = start
  let seq = 0
  const queue = new Map<number, { fn: () => void; due: number }>()
  return {
    now: () => now,
    timers: {
      setTimeout: (fn, ms) => {
        seq += 1
        queue.set(seq, { fn, due: now + Math.max(0, ms) })
        return seq
      },
      clearTimeout: (handle) => void queue.delete(handle as number),
    },
    shift: (ms) => void (now += ms),
    fireDue: () => {
      const due = [...queue].filter(([, t]) => t.due <= now).sort((a, b) => a[1].due - b[1].due)
      for (const [id, t] of due) {
        queue.delete(id)
        t.fn()
      }
      return due.length
    },
  }
}

/** Every source answering healthily: US exits on both families, geo service agreeing. */
export function healthyFaultRoutes(server: FakeServer): void {
  for (const s of defaultSources) {
    const ip = s.family === 'v6' ? exitsOk.v6 : exitsOk.v4
    server.setRoute(
      `/${s.name}`,
      s.parser === 'cf-trace'
        ? { kind: 'body', body: traceBody(ip, 'US', new URL(s.url).host) }
        : { kind: 'body', body: ip },
    )
  }
  server.setRoute('/geo/ipwhois/', (p) => {
    const ip = decodeURIComponent(p.split('/').pop() ?? '')
    return { kind: 'body', body: JSON.stringify({ ip, success: true, country_code: 'US' }) }
  })
}

/** Points every source (not the geo service) at one behaviour. */
export function everySource(server: FakeServer, behaviour: FakeBehaviour): void {
  for (const s of defaultSources) server.setRoute(`/${s.name}`, behaviour)
}

/** A fetch that fails like a name look-up that found nothing (what Chromium and undici report). */
export const dnsFailure: FetchFn = (url) => {
  const cause = Object.assign(new Error(`getaddrinfo ENOTFOUND ${new URL(url).hostname}`), {
    code: 'ENOTFOUND',
  })
  return Promise.reject(new TypeError('fetch failed', { cause }))
}

/** A store whose writes fail with a file-system error, as on a read-only or full disk. */
export function failingWrites(dir: string, code: 'EROFS' | 'ENOSPC' | 'EACCES'): ProfileStore {
  return createProfileStore(dir, fakeCipher(), { fs: failingFs({ writeFileAtomic: code }) })
}

/**
 * The real app services (real monitor, real profile store on a temp folder) against fake sources on
 * 127.0.0.1, with a hand-moved clock and short time-outs; a US profile is saved before start.
 * Everything is stopped and removed when the calling test finishes.
 */
export async function startFaultRig(
  options: {
    /** Wraps the network (e.g. to fail look-ups); loopback only either way. */
    fetch?: (base: FetchFn) => FetchFn
    /** Wraps the real profile store (e.g. to fail writes). */
    /** A profile store over the rig's folder to use instead of the real one (seeded first). */
    store?: (dir: string) => ProfileStore
    /** Runs before the services start, with the profile file's path (e.g. to corrupt it). */
    beforeStart?: (profileFile: string) => void
    timeoutMs?: number
  } = {},
) {
  const server = await startFakeServer()
  const dir = mkdtempSync(path.join(tmpdir(), 'paylight-faults-'))
  onTestFinished(async () => {
    await server.close()
    rmSync(dir, { recursive: true, force: true })
  })
  healthyFaultRoutes(server)
  const clock = manualClock()
  const real = createProfileStore(dir, fakeCipher(), { now: clock.now })
  await real.save({ schema: 3, activeId: 'main', profiles: [usProfile()] })
  const profileFile = path.join(dir, 'profiles.dat')
  options.beforeStart?.(profileFile)
  const { services, notices } = await createTestServices({
    fetch: options.fetch ? options.fetch(loopbackFetch) : loopbackFetch,
    sources: fakeSourceList(server),
    geoProviders: fakeGeoProviders(server).slice(0, 1),
    locate: geoDb.locate,
    profileStore: options.store ? options.store(dir) : real,
    now: clock.now,
    timers: clock.timers,
    timeoutMs: options.timeoutMs ?? 2000,
    resolveProxy: async () => 'DIRECT',
    systemLocale: 'en-US',
  })
  return { server, services, notices, clock, dir, profileFile }
}

/** Writes bytes over a file, for corrupt-file scenarios. */
export function overwrite(file: string, bytes: string): void {
  writeFileSync(file, bytes)
}
