import { cooldownState, defaultCooldownPolicy } from '../../../../src/shared/declines/cooldown'
import type { DeclineRecord } from '../../../../src/shared/declines/decline-record'
import { checkDeclineMessage } from '../../../../src/shared/declines/message-check'
import { noExits } from '../../../../src/shared/session/exit-pin'

const HOUR = 3_600_000
const T0 = Date.parse('2026-11-26T00:00:00Z')
const decline = (at: number, counts = true): DeclineRecord => ({
  id: `d${at}`,
  at: new Date(at).toISOString(),
  message: 'Your card was declined.',
  entryId: 'card-declined',
  counts,
  source: 'manual',
  exits: noExits,
  card: null,
})

describe('the cool-down', () => {
  it('goes none → none → active at the third decline in 24 h → none 24 h after the last', () => {
    const log: DeclineRecord[] = []
    const kinds: string[] = []
    for (const at of [T0, T0 + HOUR, T0 + 2 * HOUR]) {
      log.push(decline(at))
      kinds.push(cooldownState(log, defaultCooldownPolicy, at, null).kind)
    }
    expect(kinds).toEqual(['none', 'none', 'active'])
    expect(cooldownState(log, defaultCooldownPolicy, T0 + 9 * HOUR, null)).toEqual({
      kind: 'active',
      until: '2026-11-27T02:00:00.000Z',
      remainingMs: 17 * HOUR,
      count: 3,
      lastAt: '2026-11-26T02:00:00.000Z',
    })
    expect(cooldownState(log, defaultCooldownPolicy, T0 + 26 * HOUR - 1, null).kind).toBe('active')
    expect(cooldownState(log, defaultCooldownPolicy, T0 + 26 * HOUR, null)).toEqual({
      kind: 'none',
      recent: 0,
    })
  })

  it('does not count declines spread wider than the window, nor ones that do not count', () => {
    const spread = [decline(T0), decline(T0 + 13 * HOUR), decline(T0 + 25 * HOUR)]
    expect(cooldownState(spread, defaultCooldownPolicy, T0 + 25 * HOUR, null)).toEqual({
      kind: 'none',
      recent: 2,
    })
    const typos = [decline(T0), decline(T0 + 1, false), decline(T0 + 2, false)]
    expect(cooldownState(typos, defaultCooldownPolicy, T0 + 3, null).kind).toBe('none')
  })

  it('restarts the wait from a decline logged during the cool-down', () => {
    const log = [decline(T0), decline(T0 + HOUR), decline(T0 + 2 * HOUR), decline(T0 + 20 * HOUR)]
    expect(cooldownState(log, defaultCooldownPolicy, T0 + 30 * HOUR, null)).toMatchObject({
      kind: 'active',
      until: '2026-11-27T20:00:00.000Z',
      count: 4,
    })
  })

  it('ends early when the user says so, until the next counted decline', () => {
    const log = [decline(T0), decline(T0 + HOUR), decline(T0 + 2 * HOUR)]
    const endedAt = new Date(T0 + 3 * HOUR).toISOString()
    expect(cooldownState(log, defaultCooldownPolicy, T0 + 4 * HOUR, endedAt)).toEqual({
      kind: 'ended-early',
      until: '2026-11-27T02:00:00.000Z',
      endedAt,
    })
    log.push(decline(T0 + 5 * HOUR))
    expect(cooldownState(log, defaultCooldownPolicy, T0 + 5 * HOUR, endedAt).kind).toBe('active')
  })

  it('follows a configured policy: 2 declines within 1 h → wait 2 h', () => {
    const policy = { threshold: 2, windowMs: HOUR, waitMs: 2 * HOUR }
    const log = [decline(T0), decline(T0 + 30 * 60_000)]
    expect(cooldownState(log, policy, T0 + HOUR, null)).toMatchObject({
      kind: 'active',
      remainingMs: 1.5 * HOUR,
    })
  })
})

describe('a decline message before it is logged', () => {
  it('counts a generic decline, not a mistyped number, and an unknown message counts', () => {
    expect(checkDeclineMessage('  Your card was declined.  ')).toEqual({
      ok: true,
      message: 'Your card was declined.',
      entryId: 'card-declined',
      counts: true,
    })
    expect(checkDeclineMessage('incorrect_number')).toMatchObject({
      ok: true,
      entryId: 'incorrect-number',
      counts: false,
    })
    expect(checkDeclineMessage('something odd happened')).toMatchObject({
      ok: true,
      entryId: null,
      counts: true,
    })
  })

  it('refuses a message holding a card number, however it is written, and over-long text', () => {
    expect(checkDeclineMessage('declined 4242 4242 4242 4242')).toEqual({
      ok: false,
      reason: 'card-number',
    })
    expect(checkDeclineMessage('card ４２４２４２４２４２４２４２４２ declined')).toEqual({
      ok: false,
      reason: 'card-number',
    })
    expect(checkDeclineMessage('x'.repeat(501))).toEqual({ ok: false, reason: 'too-long' })
  })
})
