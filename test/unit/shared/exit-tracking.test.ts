import { initialExitTracking, trackExits } from '../../../src/shared/monitor/exit-tracking'
import { exitOf, observationOf } from '../../support/observations'

const at = Date.parse('2026-11-25T10:00:00Z')
const seen = (minute: number, merchantIp: string, v6Ip?: string) =>
  observationOf(at + minute * 60_000, {
    merchant: exitOf('merchant', merchantIp, 'US'),
    ...(v6Ip ? { ipv6: exitOf('ipv6', v6Ip, 'CN') } : {}),
  })

describe('trackExits', () => {
  it('remembers the first observation without calling it a change', () => {
    const first = seen(0, '104.28.41.17')
    const step = trackExits(initialExitTracking, first)
    expect(step).toEqual({ tracking: { lastSeen: first, changedAt: null }, changes: [] })
  })

  it('dates a hop of the merchant exit and reports it', () => {
    const one = trackExits(initialExitTracking, seen(0, '104.28.41.17')).tracking
    const next = seen(1, '8.8.8.8')
    const step = trackExits(one, next)
    expect(step.tracking.changedAt).toBe(next.checkedAt)
    expect(step.changes.map((c) => [c.route, c.fromIp, c.toIp])).toContainEqual([
      'merchant',
      '104.28.41.17',
      '8.8.8.8',
    ])
  })

  it('reports another route appearing without dating it as a merchant hop', () => {
    const one = trackExits(initialExitTracking, seen(0, '104.28.41.17')).tracking
    const step = trackExits(one, seen(1, '104.28.41.17', '240e:3b7::1'))
    expect(step.tracking.changedAt).toBeNull()
    expect(step.changes.map((c) => c.route)).toEqual(['ipv6'])
  })

  it('changes nothing for no observation or the same one again', () => {
    const first = seen(0, '104.28.41.17')
    const tracking = trackExits(initialExitTracking, first).tracking
    expect(trackExits(tracking, null)).toEqual({ tracking, changes: [] })
    expect(trackExits(tracking, first)).toEqual({ tracking, changes: [] })
  })
})
