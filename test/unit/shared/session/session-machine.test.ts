import type { CountryCode } from '../../../../src/shared/geo/country'
import type { ExitPins } from '../../../../src/shared/session/exit-pin'
import { defaultSessionConfig } from '../../../../src/shared/session/session-config'
import {
  idleSession,
  sessionUrgent,
  stepSession,
  type SessionEvent,
} from '../../../../src/shared/session/session-machine'
import type { SessionState } from '../../../../src/shared/session/session-types'

const T0 = Date.parse('2026-11-26T10:00:00Z')
const US = 'US' as CountryCode
const DE = 'DE' as CountryCode
const exits = (merchantIp: string, country: CountryCode = US): ExitPins => ({
  merchant: { ip: merchantIp, country },
  ipv4: { ip: merchantIp, country },
  ipv6: null,
})

/** Runs events through the machine, collecting every state's phase and urgency, and records. */
function run(events: readonly SessionEvent[]) {
  let state: SessionState = idleSession
  const trail: string[] = []
  const records = []
  for (const event of events) {
    const step = stepSession(state, event, defaultSessionConfig)
    state = step.state
    if (step.finished) records.push(step.finished)
    trail.push(`${state.phase}${sessionUrgent(state) ? '!' : ''}`)
  }
  return { state, trail, records }
}

describe('the payment session', () => {
  it('shows the self-check, pins, watches quietly, and records "paid" with its duration', () => {
    const { trail, records } = run([
      { type: 'start', at: T0, id: 's1' },
      { type: 'begin', at: T0 + 30_000, exits: exits('1.1.1.1'), light: 'green' },
      { type: 'observe', at: T0 + 40_000, exits: exits('1.1.1.1'), light: 'green' },
      { type: 'observe', at: T0 + 50_000, exits: exits('1.1.1.1'), light: 'green' },
      { type: 'end', at: T0 + 60_000, outcome: 'paid' },
    ])
    expect(trail).toEqual(['precheck', 'watching', 'watching', 'watching', 'idle'])
    expect(records).toEqual([
      {
        id: 's1',
        startedAt: '2026-11-26T10:00:00.000Z',
        endedAt: '2026-11-26T10:01:00.000Z',
        durationMs: 60_000,
        outcome: 'paid',
        message: null,
        pin: { at: '2026-11-26T10:00:30.000Z', exits: exits('1.1.1.1'), light: 'green' },
        alerts: 0,
      },
    ])
  })

  it('turns urgent on an IP change, stays urgent when it changes back, and alerts once per move', () => {
    const { state, trail, records } = run([
      { type: 'start', at: T0, id: 's2' },
      { type: 'begin', at: T0 + 1000, exits: exits('1.1.1.1'), light: 'green' },
      { type: 'observe', at: T0 + 11_000, exits: exits('2.2.2.2'), light: 'green' },
      { type: 'observe', at: T0 + 21_000, exits: exits('2.2.2.2'), light: 'green' },
      { type: 'observe', at: T0 + 31_000, exits: exits('1.1.1.1'), light: 'green' },
      { type: 'end', at: T0 + 41_000, outcome: 'declined', message: 'Your card was declined.' },
    ])
    expect(trail).toEqual(['precheck', 'watching', 'watching!', 'watching!', 'watching!', 'idle'])
    expect(state).toEqual(idleSession)
    // One alert per route that moved (merchant and IPv4), none for the move back.
    expect(records[0]).toMatchObject({ outcome: 'declined', alerts: 2 })
    expect(records[0]?.message).toBe('Your card was declined.')
  })

  it('alerts on a country change and on a light that leaves green', () => {
    let state: SessionState = idleSession
    const step = (event: SessionEvent) => {
      const next = stepSession(state, event, defaultSessionConfig)
      state = next.state
      return next.newAlerts
    }
    step({ type: 'start', at: T0, id: 's3' })
    step({ type: 'begin', at: T0, exits: exits('1.1.1.1'), light: 'green' })
    expect(
      step({ type: 'observe', at: T0 + 10_000, exits: exits('1.1.1.1'), light: 'yellow' }),
    ).toEqual([{ kind: 'light', from: 'green', to: 'yellow' }])
    expect(
      step({ type: 'observe', at: T0 + 20_000, exits: exits('3.3.3.3', DE), light: 'yellow' }),
    ).toEqual([
      {
        kind: 'exit',
        route: 'merchant',
        from: { ip: '1.1.1.1', country: US },
        to: { ip: '3.3.3.3', country: DE },
        countryChanged: true,
      },
      {
        kind: 'exit',
        route: 'ipv4',
        from: { ip: '1.1.1.1', country: US },
        to: { ip: '3.3.3.3', country: DE },
        countryChanged: true,
      },
    ])
    expect(state.phase === 'watching' && state.firstAlertAt).toBe('2026-11-26T10:00:10.000Z')
  })

  it('times out 20 minutes after the start, even when no check comes in time', () => {
    const { trail, records } = run([
      { type: 'start', at: T0, id: 's4' },
      { type: 'begin', at: T0 + 5000, exits: exits('1.1.1.1'), light: 'green' },
      { type: 'tick', at: T0 + 20 * 60_000 - 1 },
      { type: 'tick', at: T0 + 25 * 60_000 },
    ])
    expect(trail).toEqual(['precheck', 'watching', 'watching', 'idle'])
    expect(records).toMatchObject([
      { outcome: 'timed-out', durationMs: 20 * 60_000, endedAt: '2026-11-26T10:20:00.000Z' },
    ])
  })

  it('ignores events that make no sense in the current phase', () => {
    const { trail, records } = run([
      { type: 'observe', at: T0, exits: exits('1.1.1.1'), light: 'green' },
      { type: 'end', at: T0, outcome: 'paid' },
      { type: 'start', at: T0, id: 's5' },
      { type: 'start', at: T0 + 1, id: 's6' },
      { type: 'observe', at: T0 + 2, exits: exits('2.2.2.2'), light: 'red' },
      { type: 'end', at: T0 + 3, outcome: 'gave-up' },
    ])
    expect(trail).toEqual(['idle', 'idle', 'precheck', 'precheck', 'precheck', 'idle'])
    expect(records).toMatchObject([{ id: 's5', outcome: 'gave-up', pin: null, alerts: 0 }])
  })
})

describe('a rotating exit during the payment', () => {
  it('is one stop: said at the first change, then counted in place with the latest kept', () => {
    let state: SessionState = idleSession
    const stops: number[] = []
    const events: SessionEvent[] = [
      { type: 'start', at: T0, id: 'rot' },
      { type: 'begin', at: T0 + 1000, exits: exits('1.1.1.1'), light: 'green' },
      ...Array.from({ length: 100 }, (_, i): SessionEvent => ({
        type: 'observe',
        at: T0 + 10_000 * (i + 1),
        exits: exits(`2.2.${i >> 8}.${i & 255}`),
        light: 'green',
      })),
    ]
    for (const event of events) {
      const step = stepSession(state, event, defaultSessionConfig)
      if (step.stop) stops.push(event.at)
      state = step.state
    }
    expect(stops).toEqual([T0 + 10_000])
    if (state.phase !== 'watching') throw new Error('still watching')
    expect(state.alerts).toHaveLength(2)
    expect(state.moreChanges).toBe(99 * 2)
    expect(state.latest.at(-1)).toMatchObject({ route: 'ipv4', to: { ip: '2.2.0.99' } })
    const ended = stepSession(
      state,
      { type: 'end', at: T0 + 1_100_000, outcome: 'gave-up' },
      defaultSessionConfig,
    )
    expect(ended.finished?.alerts).toBe(100 * 2)
  })
})
