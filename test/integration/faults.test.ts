import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { AppState } from '../../src/shared/contract/app-state'
import type { Light } from '../../src/shared/verdict/light'
import { createLogger, setLogSink } from '../../src/shared/util/logger'
import { defaultSources } from '../../src/shared/net/sources'
import {
  dnsFailure,
  everySource,
  exitsOk,
  failingWrites,
  overwrite,
  startFaultRig,
} from '../support/fault-server'
import { usProfile } from '../support/profiles'
import { traceBody } from '../support/provider-bodies'
import type { FakeBehaviour } from '../support/fake-server'
import type { FetchFn } from '../../src/shared/net/fetch-text'

type Rig = Awaited<ReturnType<typeof startFaultRig>>

/** One row of the fault table: what the user would see, and whether saved data survived. */
interface Row {
  readonly scenario: string
  readonly healthy: boolean
  readonly light: Light
  readonly notices: readonly string[]
  readonly kept: string
}

const rows: Row[] = []
const HOUR = 60 * 60_000

function noticesOf(state: AppState, rig: Rig, extra: readonly string[] = []): string[] {
  const findings = state.verdict.findings.map((f) => f.id)
  const sightings = state.monitor.observation?.sightings ?? []
  const failures = [...sightings, ...(state.monitor.lastAttempt?.failures ?? [])]
    .map((s) => s.failure?.code)
    .filter((c): c is NonNullable<typeof c> => c !== undefined)
  const codes = [...new Set(failures)].map((c) => `source:${c}`)
  const popups = rig.notices.map((n) => `notified:${n.title.en}`)
  return [...findings, ...codes, ...popups, ...extra]
}

/** Reads the outcome, asserts the suite's promises, and records the row. */
function judge(
  scenario: string,
  rig: Rig,
  before: Buffer,
  options: { healthy?: boolean; extra?: readonly string[]; kept?: string } = {},
): Row {
  const state = rig.services.state()
  const healthy = options.healthy ?? false
  const row: Row = {
    scenario,
    healthy,
    light: state.verdict.light,
    notices: noticesOf(state, rig, options.extra),
    kept:
      options.kept ??
      (existsSync(rig.profileFile) && readFileSync(rig.profileFile).equals(before)
        ? 'profile book on disk unchanged'
        : 'PROFILE BOOK CHANGED'),
  }
  rows.push(row)
  // Never a false green: only a healthy scenario may light green.
  if (!healthy) expect(row.light, scenario).not.toBe('green')
  // A message that says what is wrong: a finding with words in both languages explains the light.
  if (row.light !== 'green') {
    const main = state.verdict.findings.find((f) => f.severity === row.light)
    expect(main?.message.en.length, scenario).toBeGreaterThan(10)
    expect(main?.message.zh.length, scenario).toBeGreaterThan(4)
  }
  // Nothing saved lost.
  if (options.kept === undefined) expect(row.kept, scenario).toBe('profile book on disk unchanged')
  return row
}

async function checked(rig: Rig) {
  const before = readFileSync(rig.profileFile)
  await rig.services.ipc.checkNow(undefined)
  return before
}

const merchantSources = defaultSources.filter((s) => s.kind === 'merchant')
const v6Sources = defaultSources.filter((s) => s.family === 'v6')
const v6Route = (rig: Rig, behaviour: FakeBehaviour) => {
  for (const s of v6Sources) rig.server.setRoute(`/${s.name}`, behaviour)
}

/** A fetch failure as undici and Chromium report it: `fetch failed` with the cause's code. */
const failure = (message: string, code: string) => () =>
  Promise.reject(
    new TypeError('fetch failed', { cause: Object.assign(new Error(message), { code }) }),
  )
const noAaaa = failure('getaddrinfo ENOTFOUND api6.ipify.org', 'ENOTFOUND')
const tlsFailure = failure('self-signed certificate', 'DEPTH_ZERO_SELF_SIGNED_CERT')
const chromiumCertFailure = () => Promise.reject(new Error('net::ERR_CERT_AUTHORITY_INVALID'))
const refused = failure('connect ECONNREFUSED [2606:4700:4700::1111]:443', 'ECONNREFUSED')
/** The IPv6-only sources fail the given way; every other request goes through. */
const failV6 =
  (base: FetchFn, fail: () => Promise<Response>): FetchFn =>
  (url, init) =>
    v6Sources.some((s) => url.endsWith(`/${s.name}`)) ? fail() : base(url, init)

// The table covers both groups below, so it is written once the whole file has run.
afterAll(() => {
  const table = [
    '| scenario | light | notices | data kept |',
    '| --- | --- | --- | --- |',
    ...rows.map(
      (r) =>
        `| ${r.scenario}${r.healthy ? ' (healthy network)' : ''} | ${r.light} | ${r.notices.join(', ') || '—'} | ${r.kept} |`,
    ),
  ].join('\n')
  mkdirSync('test-results', { recursive: true })
  writeFileSync(path.join('test-results', 'fault-table.md'), `# Fault table\n\n${table}\n`)
  setLogSink(null, 'info')
  createLogger('faults').info(`fault table\n${table}`)
  setLogSink(() => undefined, 'error')
})

describe('fault injection: the real services against a misbehaving network and disk', () => {
  it('healthy: every source answers, US exits on IPv4 and IPv6', async () => {
    const rig = await startFaultRig()
    const before = await checked(rig)
    expect(judge('healthy network', rig, before, { healthy: true }).light).toBe('green')
  })

  it('no IPv6 at all is healthy', async () => {
    const rig = await startFaultRig()
    for (const s of v6Sources) rig.server.setRoute(`/${s.name}`, { kind: 'unreachable' })
    const before = await checked(rig)
    const row = judge('no IPv6 (no route: ENETUNREACH)', rig, before, { healthy: true })
    expect(row.light).toBe('green')
    expect(row.notices).toContain('source:unreachable')
  })

  it('a name with no IPv6 address (no AAAA) is no IPv6 too', async () => {
    const rig = await startFaultRig({ fetch: (base) => failV6(base, noAaaa) })
    const row = judge('no IPv6 (names without AAAA)', rig, await checked(rig), { healthy: true })
    expect(row.light).toBe('green')
  })

  // A connection that was made and then failed is not "no IPv6": the IPv6 exit is unknown.
  const v6Faults: readonly [string, (rig: Rig) => void][] = [
    [
      'IPv6 answers 200, then cuts the body off',
      (rig) => v6Route(rig, { kind: 'truncate', body: traceBody(exitsOk.v6, 'US') }),
    ],
    [
      'IPv6 answers 200 with a body that does not decode (bad gzip)',
      (rig) =>
        v6Route(rig, {
          kind: 'body',
          body: 'not gzip at all',
          headers: { 'content-encoding': 'gzip' },
        }),
    ],
    [
      'IPv6 answers 200 with undecodable bytes',
      (rig) => v6Route(rig, { kind: 'body', body: '\u00ff\u00fe\u0000ip=\u00ff' }),
    ],
    ['IPv6 connection reset before the answer', (rig) => v6Route(rig, { kind: 'reset' })],
    ['IPv6 source never answers (time-out)', (rig) => v6Route(rig, { kind: 'hang' })],
    ['IPv6 answers 503', (rig) => v6Route(rig, { kind: 'body', status: 503, body: 'unavailable' })],
  ]
  it.each(v6Faults)('%s: unknown, never green', async (scenario, arrange) => {
    const rig = await startFaultRig({ timeoutMs: 500 })
    arrange(rig)
    const row = judge(scenario, rig, await checked(rig))
    expect(row.light).toBe('yellow')
    expect(row.notices).toContain('ipv6-unverified')
  })

  it.each([
    ['IPv6 TLS fails (certificate, undici)', tlsFailure],
    ['IPv6 TLS fails (certificate, Chromium)', chromiumCertFailure],
    ['IPv6 connection refused', refused],
  ] as const)('%s: unknown, never green', async (scenario, failure) => {
    const rig = await startFaultRig({ fetch: (base) => failV6(base, failure) })
    const row = judge(scenario, rig, await checked(rig))
    expect(row.light).toBe('yellow')
    expect(row.notices).toContain('ipv6-unverified')
  })

  it('every source down', async () => {
    const rig = await startFaultRig()
    everySource(rig.server, { kind: 'reset' })
    const row = judge('every source down (connection reset)', rig, await checked(rig))
    expect(row.light).toBe('grey')
    expect(row.notices).toContain('evidence-failed')
  })

  it('every source answers 503 with an HTML error page', async () => {
    const rig = await startFaultRig()
    everySource(rig.server, { kind: 'body', status: 503, body: '<html>Service Unavailable</html>' })
    const row = judge('every source 503', rig, await checked(rig))
    expect(row.notices).toEqual(expect.arrayContaining(['evidence-failed', 'source:http-error']))
  })

  it('the merchant traces lie: a private IP', async () => {
    const rig = await startFaultRig()
    for (const s of merchantSources)
      rig.server.setRoute(`/${s.name}`, { kind: 'body', body: traceBody('10.1.2.3', 'US') })
    const row = judge('merchant traces report a private IP', rig, await checked(rig))
    expect(row.light).toBe('yellow')
    expect(row.notices).toContain('merchant-route-unknown')
  })

  it('one source lies: another country for the same IP', async () => {
    const rig = await startFaultRig()
    rig.server.setRoute('/chatgpt', { kind: 'body', body: traceBody(exitsOk.v4, 'DE') })
    const row = judge('one trace says DE for the US exit', rig, await checked(rig))
    expect(row.notices).toContain('sources-disagree')
  })

  it('one source lies: an exit in another country', async () => {
    const rig = await startFaultRig()
    rig.server.setRoute('/chatgpt', { kind: 'body', body: traceBody('185.220.101.1', 'DE') })
    judge('one merchant trace reports a German exit', rig, await checked(rig))
  })

  it('every source answers garbage', async () => {
    const rig = await startFaultRig()
    everySource(rig.server, { kind: 'body', body: '\u0000\u0001\u00ff{garbage' })
    const row = judge('every source answers garbage', rig, await checked(rig))
    expect(row.light).toBe('grey')
  })

  it('every source is slower than the time-out', async () => {
    const rig = await startFaultRig({ timeoutMs: 300 })
    everySource(rig.server, { kind: 'body', body: exitsOk.v4, delayMs: 1500 })
    const row = judge('every source slower than the 300 ms time-out', rig, await checked(rig))
    expect(row.notices).toEqual(expect.arrayContaining(['evidence-failed', 'source:timeout']))
  })

  it('429 with Retry-After, and without', async () => {
    for (const headers of [{ 'retry-after': '120' }, undefined]) {
      const rig = await startFaultRig()
      everySource(rig.server, {
        kind: 'body',
        status: 429,
        body: 'Too Many Requests',
        ...(headers ? { headers } : {}),
      })
      const name = headers ? '429 with Retry-After: 120' : '429 without Retry-After'
      const row = judge(name, rig, await checked(rig))
      expect(row.notices).toContain('source:rate-limited')
    }
  })

  it('a captive portal: a login page, or a redirect to one', async () => {
    const rig = await startFaultRig()
    const portal = '<!DOCTYPE html><html><title>Hotel Wi-Fi login</title><form>…</form></html>'
    everySource(rig.server, { kind: 'body', body: portal, contentType: 'text/html' })
    judge('captive portal login page (200 HTML)', rig, await checked(rig))
    const again = await startFaultRig()
    everySource(again.server, {
      kind: 'body',
      status: 302,
      body: '',
      headers: { location: 'http://portal.example/login' },
    })
    const row = judge('captive portal redirect (302)', again, await checked(again))
    expect(row.notices).toContain('source:redirect')
  })

  it('truncated and oversized bodies', async () => {
    const rig = await startFaultRig()
    everySource(rig.server, { kind: 'truncate', body: traceBody(exitsOk.v4, 'US').slice(0, 20) })
    judge('truncated bodies', rig, await checked(rig))
    const big = await startFaultRig()
    everySource(big.server, { kind: 'body', body: `ip=${exitsOk.v4}\n${'x'.repeat(2_000_000)}` })
    const row = judge('oversized bodies (2 MB)', big, await checked(big))
    expect(row.notices).toContain('source:too-large')
  })

  it('DNS fails for every host', async () => {
    const rig = await startFaultRig({ fetch: () => dnsFailure })
    const row = judge('DNS failure (ENOTFOUND)', rig, await checked(rig))
    expect(row.notices).toEqual(expect.arrayContaining(['evidence-failed', 'source:unreachable']))
    expect(rig.services.state().monitor.lastAttempt?.failures[0]?.failure?.detail).toContain(
      'ENOTFOUND',
    )
  })

  it('the clock jumps forward: the old evidence goes grey until the next check', async () => {
    const rig = await startFaultRig()
    const before = await checked(rig)
    expect(rig.services.state().verdict.light).toBe('green')
    rig.clock.shift(3 * HOUR)
    expect(rig.clock.fireDue()).toBeGreaterThan(0)
    judge('clock jumps 3 h forward (before the next check)', rig, before)
    await rig.services.ipc.checkNow(undefined)
    judge('clock jumped forward, after the next check', rig, before, { healthy: true })
  })

  it('the clock jumps back: evidence dated in the future is not current', async () => {
    const rig = await startFaultRig()
    const before = await checked(rig)
    rig.clock.shift(-3 * HOUR)
    await rig.services.ipc.setPaused(true)
    const row = judge('clock jumps 3 h back (paused, no new check)', rig, before)
    expect(row.notices).toContain('evidence-stale')
    await rig.services.ipc.setPaused(false)
    await rig.services.ipc.checkNow(undefined)
    judge('clock jumped back, after the next check', rig, before, { healthy: true })
  })

  it('the machine sleeps in the middle of a check', async () => {
    const rig = await startFaultRig({ timeoutMs: 1000 })
    const before = await checked(rig)
    // Every answer but one arrives before the sleep; the last one times out after the wake.
    rig.server.setRoute('/ipify6', { kind: 'hang' })
    const running = rig.services.ipc.checkNow(undefined)
    await new Promise((resolve) => setTimeout(resolve, 100))
    rig.services.monitor.suspend()
    rig.clock.shift(HOUR)
    await running
    const row = judge('sleep during a check (answers from before the sleep)', rig, before)
    expect(row.notices).toContain('evidence-stale')
    rig.server.setRoute('/ipify6', { kind: 'body', body: exitsOk.v6 })
    rig.services.monitor.resume()
    rig.clock.shift(10_000)
    rig.clock.fireDue()
    await rig.services.ipc.checkNow(undefined)
    judge('slept during a check, after the check on wake', rig, before, { healthy: true })
  })

  it('a flapping exit', async () => {
    const rig = await startFaultRig()
    let exit: string = exitsOk.v4
    for (const s of defaultSources.filter((x) => x.family !== 'v6'))
      rig.server.setRoute(`/${s.name}`, () => ({
        kind: 'body',
        body: s.parser === 'cf-trace' ? traceBody(exit, 'US') : exit,
      }))
    const before = await checked(rig)
    for (const ip of ['104.28.41.18', exitsOk.v4]) {
      exit = ip
      rig.clock.shift(60_000)
      await rig.services.ipc.checkNow(undefined)
    }
    const row = judge('flapping exit (IP changes every check)', rig, before)
    expect(row.notices).toContain('exit-changed-recently')
  })
})

describe('fault injection: the profile file', () => {
  const edited = { ...usProfile({ billing: { state: 'NY', postalCode: '10001' } }), id: 'second' }

  it.each([
    ['read-only disk (EROFS)', 'EROFS'],
    ['full disk (ENOSPC)', 'ENOSPC'],
    ['permission denied (EACCES)', 'EACCES'],
  ] as const)('%s: a failed save loses nothing', async (name, code) => {
    const rig = await startFaultRig({ store: (dir) => failingWrites(dir, code) })
    const before = await checked(rig)
    const reply = await rig.services.ipc.saveProfile(edited)
    expect(reply).toMatchObject({ ok: false, errors: [{ code: 'save-failed' }] })
    expect(rig.services.state().profiles.book.profiles.map((p) => p.id)).toEqual(['main'])
    judge(`profile save on a ${name}`, rig, before, {
      healthy: true,
      extra: ['save:save-failed'],
    })
  })

  it('a corrupt profile file is moved aside with its bytes, never deleted', async () => {
    const garbage = '{"format":"paylight-prof'
    const rig = await startFaultRig({ beforeStart: (file) => overwrite(file, garbage) })
    const profiles = rig.services.state().storage.files.find((f) => f.name === 'profiles.dat')
    expect(profiles?.movedAside).toMatchObject([{ reason: 'corrupt' }])
    const aside = readdirSync(rig.dir).filter((f) => f.startsWith('profiles.corrupt-'))
    expect(aside).toHaveLength(1)
    const kept = readFileSync(path.join(rig.dir, aside[0] ?? ''), 'utf8')
    expect(kept).toBe(garbage)
    await rig.services.ipc.checkNow(undefined)
    const row = judge('corrupt profile file', rig, Buffer.alloc(0), {
      extra: ['storage:moved-aside'],
      kept: `moved aside as ${aside[0]} (bytes identical)`,
    })
    expect(row.notices).toContain('profile-missing')
  })

  it('a profile file deleted while the app runs is written again in full on the next save', async () => {
    const rig = await startFaultRig()
    await checked(rig)
    rmSync(rig.profileFile)
    const reply = await rig.services.ipc.saveProfile(edited)
    expect(reply).toMatchObject({ ok: true })
    expect(existsSync(rig.profileFile)).toBe(true)
    expect(rig.services.state().profiles.book.profiles.map((p) => p.id)).toEqual(['main', 'second'])
    judge('profile file deleted, then a save', rig, Buffer.alloc(0), {
      healthy: true,
      kept: 'rewritten with both profiles (none lost)',
    })
  })

  it('a profile folder deleted while the app runs: the next save writes the book again in full', async () => {
    const rig = await startFaultRig()
    await checked(rig)
    rmSync(rig.dir, { recursive: true, force: true })
    const reply = await rig.services.ipc.saveProfile(edited)
    expect(reply).toMatchObject({ ok: true })
    expect(rig.services.state().profiles.book.profiles.map((p) => p.id)).toEqual(['main', 'second'])
    expect(existsSync(rig.profileFile)).toBe(true)
    judge('profile folder deleted, then a save', rig, Buffer.alloc(0), {
      healthy: true,
      kept: 'folder made again; the book written in full',
    })
  })
})
