// How fast a change becomes an alert: the real app services on a virtual clock with the default
// settings (the online cross-check on), with fake sources and a fake geolocation service that
// answer after 50–400 ms, and the OS's change notice for a local interface change. Run alone:
// `node --import tsx bench/alert-latency.ts`.
import { mkdtempSync, rmSync } from 'node:fs'
import type { NetworkInterfaceInfo } from 'node:os'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { createAppServices } from '../src/main/app-services'
import { createInterfaceWatch } from '../src/main/network-watch/interface-watch'
import type { NoticeHandlers } from '../src/main/network-watch/os-change-notices'
import { defaultGeoProviders } from '../src/shared/geo/geo-providers'
import { createProfileStore } from '../src/node/profile-store'
import { seededSettings } from './seeded-settings'
import { setLogSink } from '../src/shared/util/logger'
import type { FetchFn } from '../src/shared/net/fetch-text'
import { defaultSources, type SourceSpec } from '../src/shared/net/sources'
import { fakeCipher } from '../test/support/fake-cipher'
import { fixture, traceBody } from '../test/support/provider-bodies'
import { createFakeClock, type FakeClock } from './fake-clock'
import { figure, formatTable, type Figure } from './figures'

type Route = 'merchant' | 'ipv4' | 'ipv6'
type World = Record<Route, { readonly ip: string; readonly loc: string }>

const before: World = {
  merchant: { ip: '104.28.41.17', loc: 'US' },
  ipv4: { ip: '104.28.41.17', loc: 'US' },
  ipv6: { ip: '2606:4700:110:8a2e::1', loc: 'US' },
}
const after: World = {
  merchant: { ip: '45.76.1.2', loc: 'JP' },
  ipv4: { ip: '45.76.1.2', loc: 'JP' },
  ipv6: { ip: '2001:19f0:7001:1::1', loc: 'JP' },
}

function routeOf(source: SourceSpec): Route {
  if (source.kind === 'merchant') return 'merchant'
  return source.family === 'v6' ? 'ipv6' : 'ipv4'
}

const [geoHead = '', geoTail = ''] = (defaultGeoProviders[0]?.url ?? '').split('{ip}')

/** The first geolocation service's answer for `url`'s IP, or null when `url` is not one of its. */
function geoAnswer(url: string): string | null {
  if (!url.startsWith(geoHead) || !url.endsWith(geoTail)) return null
  const ip = decodeURIComponent(url.slice(geoHead.length, url.length - geoTail.length))
  return fixture('ipwhois.json').replace(/"ip": "[^"]*"/, `"ip": "${ip}"`)
}

/** Sources and the geolocation service answering from `world` after a random 50–400 ms. */
function fakeSources(clock: FakeClock, world: () => World, random: () => number): FetchFn {
  const byUrl = new Map(defaultSources.map((s) => [s.url, s]))
  return async (url) => {
    const source = byUrl.get(url)
    await clock.sleep(50 + random() * 350)
    const geo = geoAnswer(url)
    if (geo !== null) return new Response(geo)
    if (!source) return new Response('not found', { status: 404 })
    const exit = world()[routeOf(source)]
    const body = source.parser === 'plain-ip' ? exit.ip : traceBody(exit.ip, exit.loc)
    return new Response(body)
  }
}

const wifi = (address: string): NodeJS.Dict<NetworkInterfaceInfo[]> => ({
  en0: [
    { address, netmask: '255.255.255.0', family: 'IPv4', mac: '0', internal: false, cidr: null },
  ],
})

type Scenario = 'exit' | 'interface' | 'session'

// A VPN switch moves all three routes; a rule change or a tunnel that drops one moves one route.
const allRoutes: readonly Route[] = ['merchant', 'ipv4', 'ipv6']
const moves: readonly (readonly Route[])[] = [allRoutes, ['merchant'], ['ipv4'], ['ipv6']]
const pick = <T>(list: readonly T[], random: () => number): T =>
  list[Math.floor(random() * list.length)] ?? (list[0] as T)

/** One trial: settle in, wait a random phase, change the world, time the first alert. */
async function trial(scenario: Scenario, random: () => number): Promise<number> {
  const dir = mkdtempSync(path.join(tmpdir(), 'paylight-bench-'))
  const clock = createFakeClock(Date.parse('2026-11-25T10:00:00Z'))
  // Which routes move: all three (a VPN switch) or any single one.
  const moved = scenario === 'exit' ? pick(moves, random) : allRoutes
  let world = before
  let interfaces = wifi('192.168.1.2')
  const services = await createAppServices({
    fetch: fakeSources(clock, () => world, random),
    locate: () => null,
    sources: defaultSources,
    geoProviders: defaultGeoProviders,
    now: clock.now,
    timers: clock.timers,
    systemLocale: 'zh-CN',
    timeZone: null,
    settingsStore: await seededSettings(dir, {}),
    profileStore: createProfileStore(dir, fakeCipher()),
    files: { chooseExportFile: async () => null, chooseImportFile: async () => null },
    openLink: async () => ({ ok: true }),
  })
  // The OS says at once that an interface changed (its own delay, a few ms, is measured apart).
  const os: { notices: NoticeHandlers | null } = { notices: null }
  const watch = createInterfaceWatch({
    readInterfaces: () => interfaces,
    isOnline: () => true,
    timers: clock.timers,
    notices: { start: (handlers) => void (os.notices = handlers), stop: () => undefined },
    onEvent: (event) => void services.monitor.trigger(event),
  })
  let alertAt: number | null = null
  // In a session the alert that counts is the session's own urgent stop, not the general one.
  if (scenario === 'session')
    services.subscribe((state) => {
      const { session } = state
      if (session.state.phase === 'watching' && session.state.alerts.length > 0)
        alertAt ??= clock.now()
    })
  else services.onAlert(() => (alertAt ??= clock.now()))
  try {
    watch.start()
    services.start()
    if (scenario === 'session') {
      await clock.advance(2000)
      await services.ipc.startSession(undefined)
      await services.ipc.beginSession(undefined)
    }
    const tick = scenario === 'session' ? 10_000 : 60_000
    await clock.advance(5000 + random() * tick)
    const changedAt = clock.now()
    world = { ...before, ...Object.fromEntries(moved.map((r) => [r, after[r]])) }
    if (scenario === 'interface') {
      interfaces = wifi('10.8.0.2')
      os.notices?.notice()
    }
    await clock.advance(15 * 60_000, () => alertAt !== null)
    if (alertAt === null) throw new Error(`no alert for ${scenario} (${moved.join('+')})`)
    return (alertAt - changedAt) / 1000
  } finally {
    watch.stop()
    services.stop()
    clock.clear()
    rmSync(dir, { recursive: true, force: true })
  }
}

const quantile = (sorted: readonly number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN

/** A seeded generator, so two runs of the bench measure the same phases. */
function seeded(seed: number): () => number {
  let s = seed
  return () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
}

/** Alert latency for an exit change, a local interface change and a change during a payment session. */
export async function benchAlertLatency(trials = 60): Promise<Figure[]> {
  const cases: [Scenario, string, number][] = [
    ['exit', 'alert latency: exit change (60 s interval)', 60],
    ['interface', 'alert latency: interface change', 3],
    ['session', 'alert latency: in a payment session (10 s)', 10],
  ]
  const figures: Figure[] = []
  // The monitor logs every probe that saw a change; thousands of them would bury the figures.
  setLogSink(null, 'warn')
  for (const [scenario, name, target] of cases) {
    const random = seeded(scenario.length * 7919)
    const samples: number[] = []
    for (let i = 0; i < trials; i++) samples.push(await trial(scenario, random))
    samples.sort((a, b) => a - b)
    // The distribution as three rows; each is held to the same target, the worst trial decides.
    figures.push(
      figure(`${name}, median of ${trials}`, quantile(samples, 0.5), 's', { max: target }),
      figure(`${name}, p95`, quantile(samples, 0.95), 's', { max: target }),
      figure(`${name}, max`, samples.at(-1) ?? Number.NaN, 's', { max: target }),
    )
  }
  return figures
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(formatTable(await benchAlertLatency()))
}
