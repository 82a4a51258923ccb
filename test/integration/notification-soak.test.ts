import type { CountryCode } from '../../src/shared/geo/country'
import type { FetchFn } from '../../src/shared/net/fetch-text'
import { EXIT_NOTICES_PER_DAY } from '../../src/shared/alerts/notice-budget'
import { defaultSources } from '../../src/shared/net/sources'
import { createTestServices } from '../support/app-harness'
import { manualClock } from '../support/fault-server'
import { usProfile } from '../support/profiles'
import { traceBody } from '../support/provider-bodies'

/**
 * The system notifications a day sends, measured on the real services with a fake clock and a fake
 * network: a proxy that hands out a new exit on every request (among three countries), or an
 * ordinary day. Deterministic: the same count every run. The README states the bounds.
 */
const places = [
  ['104.28', 'US'],
  ['45.76', 'JP'],
  ['185.220', 'DE'],
] as unknown as readonly [string, CountryCode][]
// The bounds the README states: one stop per payment session; on a day whose exit never settles,
// at most five exit notices and one summary (more than 5 changes in 10 minutes), plus the stops;
// and whatever the pace of rotation, at most EXIT_NOTICES_PER_DAY exit notices a day (the last
// says the rest are quiet), plus the stops and the light changes between moves.
const ROTATING_SESSION_BOUND = 1
const GENERAL_DAY_BOUND = 6
const PAYMENTS = 3
const ROTATING_DAY_BOUND = GENERAL_DAY_BOUND + PAYMENTS * ROTATING_SESSION_BOUND
const SLOW_ROTATION_DAY_BOUND = EXIT_NOTICES_PER_DAY + PAYMENTS * ROTATING_SESSION_BOUND

/** A new exit on every request, every 3 minutes (too slow to count as flapping), or 8 moves a day. */
type Rotation = 'every-request' | 'every-3-minutes' | 'ordinary'

async function simulatedDay(rotation: Rotation) {
  const clock = manualClock(Date.parse('2026-11-20T00:00:00Z'))
  const rotating = rotation !== 'ordinary'
  let requests = 0
  let stableExit = '104.28.41.17'
  const exit = () => {
    if (!rotating) return stableExit
    requests = rotation === 'every-request' ? requests + 1 : Math.floor(clock.now() / 180_000)
    const [prefix] = places[requests % places.length] as [string, CountryCode]
    return `${prefix}.${(requests >> 8) & 255}.${requests & 255 || 1}`
  }
  const fetch: FetchFn = async (url) => {
    const name = new URL(url).pathname.slice(1)
    const source = defaultSources.find((s) => s.name === name)
    if (!source || source.family === 'v6')
      throw new TypeError('fetch failed', {
        cause: Object.assign(new Error('connect ENETUNREACH'), { code: 'ENETUNREACH' }),
      })
    const ip = exit()
    return new Response(source.parser === 'cf-trace' ? traceBody(ip, 'XX') : ip)
  }
  const harness = await createTestServices({
    fetch,
    sources: defaultSources.map((s) => ({ ...s, url: `http://sources.test/${s.name}` })),
    locate: (ip) => places.find(([prefix]) => ip.startsWith(`${prefix}.`))?.[1] ?? null,
    now: clock.now,
    timers: clock.timers,
    systemLocale: 'zh-CN',
    resolveProxy: async () => 'DIRECT',
  })
  const { services, notices } = harness
  await services.ipc.saveProfile(usProfile())
  services.start()
  const check = async (ms: number) => {
    clock.shift(ms)
    await services.ipc.checkNow(undefined)
  }
  const sessions: number[] = []
  for (let minute = 0; minute < 24 * 60; minute += 1) {
    // An ordinary day: the exit moves four times (a new node chosen, a new Wi-Fi).
    if (!rotating && minute % 360 === 180) stableExit = `45.76.1.${minute / 180}`
    if (!rotating && minute % 360 === 0 && minute > 0) stableExit = '104.28.41.17'
    // Three payments: 20 minutes watched, a check every 10 s.
    if (minute === 9 * 60 || minute === 13 * 60 || minute === 20 * 60) {
      const before = notices.length
      await services.ipc.startSession(undefined)
      await services.ipc.beginSession(undefined)
      for (let s = 0; s < 120; s += 1) await check(10_000)
      await services.ipc.endSession({ outcome: 'gave-up' })
      sessions.push(notices.length - before)
      minute += 20
      continue
    }
    await check(60_000)
  }
  await services.settled()
  return { total: notices.length, sessions, titles: notices.map((n) => n.title.en) }
}

describe('system notifications over a simulated day (fake clock)', { timeout: 240_000 }, () => {
  it(`a rotating-proxy payment session says stop once (≤ ${ROTATING_SESSION_BOUND}), a rotating-proxy day stays ≤ ${ROTATING_DAY_BOUND}`, async () => {
    const day = await simulatedDay('every-request')
    process.stdout.write(
      `rotating-proxy day: ${day.total} notifications; per session ${day.sessions.join(', ')}\n`,
    )
    for (const count of day.sessions) expect(count).toBeLessThanOrEqual(ROTATING_SESSION_BOUND)
    expect(day.sessions.every((count) => count === 1)).toBe(true)
    expect(day.total).toBeLessThanOrEqual(ROTATING_DAY_BOUND)
  })

  it(`a proxy rotating every 3 minutes all day stays ≤ ${SLOW_ROTATION_DAY_BOUND}, one stop per session`, async () => {
    const day = await simulatedDay('every-3-minutes')
    process.stdout.write(
      `3-minute rotation day: ${day.total} notifications; per session ${day.sessions.join(', ')}\n`,
    )
    expect(day.sessions.every((count) => count === 1)).toBe(true)
    expect(day.total).toBeLessThanOrEqual(SLOW_ROTATION_DAY_BOUND)
    expect(day.titles.filter((title) => title === 'Exit keeps changing')).toHaveLength(1)
  })

  it('an ordinary day tells of each move, with its light at most, and a stop per payment', async () => {
    const day = await simulatedDay('ordinary')
    process.stdout.write(`ordinary day: ${day.total} notifications: ${day.titles.join(' | ')}\n`)
    const moves = 8
    expect(day.titles.filter((title) => title.startsWith('Exit')).length).toBeGreaterThanOrEqual(
      moves - PAYMENTS,
    )
    expect(day.total).toBeLessThanOrEqual(2 * moves + PAYMENTS)
  })
})
