import { exitOf, observationOf } from '../../../../support/observations'
import { paymentHarness } from '../../../../support/payment-harness'

const T0 = Date.parse('2026-11-26T08:00:00Z')
const HOUR = 3_600_000

/** The payment features on a fake clock, with a monitor and a light the test moves by hand. */
async function setup() {
  vi.useFakeTimers({ now: T0 })
  const now = () => Date.now()
  const features = await paymentHarness({
    now,
    observation: observationOf(now(), { merchant: exitOf('merchant', '104.28.41.17', 'US') }),
  })
  onTestFinished(features.stop)
  features.start()
  return { features, cadence: features.cadence, notices: features.notices, see: features.see, now }
}

afterEach(() => {
  vi.useRealTimers()
})

describe('the payment features on a fake clock', () => {
  it('watch at the session cadence, turn urgent on a change, and record the outcome in the history', async () => {
    const { features, cadence, notices, see, now } = await setup()
    await features.ipc.startSession()
    expect(features.slices().session.state.phase).toBe('precheck')
    await features.ipc.beginSession()
    expect(cadence.at(-1)).toBe(10_000)
    vi.advanceTimersByTime(10_000)
    see(observationOf(now(), { merchant: exitOf('merchant', '203.0.113.9', 'DE') }), 'red')
    await vi.waitFor(() =>
      expect(features.slices().session.state).toMatchObject({ phase: 'watching' }),
    )
    await vi.waitFor(() => expect(notices.length).toBe(1))
    expect(notices[0]).toMatchObject({
      title: { zh: '停：付款期间出口变了，现在不要提交' },
      body: {
        zh: [
          '商户：104.28.41.17 美国 → 203.0.113.9 德国',
          'IPv4：104.28.41.17 美国 → 203.0.113.9 德国',
          '灯色：绿灯 → 红灯',
        ].join('\n'),
        en: expect.stringContaining('Merchant: 104.28.41.17 United States → 203.0.113.9 Germany'),
      },
      page: 'session',
    })
    await features.ipc.endSession({ outcome: 'gave-up' })
    expect(cadence.at(-1)).toBeNull()
    await features.settled()
    const view = features.ipc.getHistory('24h')
    // The light as the session began (green), then red with the move.
    expect(view.latest.map((e) => e.type)).toEqual(['session', 'light', 'light', 'snapshot'])
    expect(features.slices().session.last).toMatchObject({ outcome: 'gave-up', alerts: 3 })
  })

  it('time out by themselves after 20 minutes, with no check needed', async () => {
    const { features } = await setup()
    await features.ipc.startSession()
    await features.ipc.beginSession()
    await vi.advanceTimersByTimeAsync(20 * 60_000)
    expect(features.slices().session.state).toEqual({ phase: 'idle' })
    expect(features.slices().session.last).toMatchObject({
      outcome: 'timed-out',
      durationMs: 20 * 60_000,
    })
  })

  it('go from three declines to a cool-down with a countdown, to its end with a notice', async () => {
    const { features, notices } = await setup()
    const kinds: string[] = []
    for (const message of [
      'Your card was declined.',
      'incorrect_number',
      'card_declined',
      'do_not_honor',
    ]) {
      const reply = await features.ipc.logDecline({ message })
      expect(reply.ok).toBe(true)
      kinds.push(features.slices().declines.cooldown.kind)
      await vi.advanceTimersByTimeAsync(HOUR)
    }
    // The typo did not count: the cool-down starts with the fourth message, the third that counts.
    expect(kinds).toEqual(['none', 'none', 'none', 'active'])
    expect(notices.map((n) => n.title.zh)).toEqual(['进入冷却：暂停付款尝试'])
    expect(features.slices().declines.cooldown).toMatchObject({
      kind: 'active',
      remainingMs: 23 * HOUR,
      count: 3,
    })
    await vi.advanceTimersByTimeAsync(23 * HOUR)
    expect(features.slices().declines.cooldown.kind).toBe('none')
    // The state that shows it over is judged on the next turn, and says so once.
    await vi.waitFor(() => expect(notices).toHaveLength(2))
    expect(notices.map((n) => n.title.zh)).toEqual(['进入冷却：暂停付款尝试', '冷却结束'])
    await vi.advanceTimersByTimeAsync(HOUR)
    expect(notices).toHaveLength(2)
  })

  it('refuse a decline message holding a card number, and end a cool-down early only when asked', async () => {
    const { features } = await setup()
    expect(await features.ipc.logDecline({ message: 'declined 4111 1111 1111 1111' })).toEqual({
      ok: false,
      reason: 'card-number',
    })
    expect(features.slices().declines.recent).toEqual([])
    for (let i = 0; i < 3; i += 1) await features.ipc.logDecline({ message: 'card_declined' })
    expect(features.slices().declines.cooldown.kind).toBe('active')
    expect(await features.ipc.endCooldownEarly(true)).toEqual({ ok: true })
    expect(features.slices().declines.cooldown.kind).toBe('ended-early')
  })
})
