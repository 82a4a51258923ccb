import {
  initialExitTracking,
  trackExits,
  type ExitTracking,
} from '../../../src/shared/monitor/exit-tracking'
import { mergeChanges } from '../../../src/shared/monitor/exit-changes'
import type { Observation } from '../../../src/shared/monitor/observation'
import { exitOf, observationOf } from '../../support/observations'

const at = Date.parse('2026-11-25T10:00:00Z')
const seen = (minute: number, merchantIp: string | null, v6Ip?: string) =>
  observationOf(at + minute * 60_000, {
    merchant: merchantIp ? exitOf('merchant', merchantIp, 'US') : null,
    ...(v6Ip ? { ipv6: exitOf('ipv6', v6Ip, 'CN') } : {}),
  })
const moves = (tracking: ExitTracking, next: Observation) =>
  trackExits(tracking, next).changes.map((c) => `${c.route}:${c.fromIp}>${c.toIp}`)
const fold = (...observations: Observation[]) =>
  observations.reduce((t, o) => trackExits(t, o).tracking, initialExitTracking)

describe('trackExits', () => {
  it('remembers the first observation without calling it a change', () => {
    expect(trackExits(initialExitTracking, seen(0, '104.28.41.17')).changes).toEqual([])
  })

  it('reports every route that moved, with where it came from', () => {
    const before = fold(seen(0, '104.28.41.17', '240e:3b7::1'))
    expect(moves(before, seen(1, '45.76.1.2', '2001:19f0::1'))).toEqual([
      'merchant:104.28.41.17>45.76.1.2',
      'ipv4:104.28.41.17>45.76.1.2',
      'ipv6:240e:3b7::1>2001:19f0::1',
    ])
  })

  it('calls a route that failed once unknown, not changed, and gone only after a second full check', () => {
    const before = fold(seen(0, '104.28.41.17', '240e:3b7::1'))
    const once = trackExits(before, seen(1, '104.28.41.17'))
    expect(once.changes).toEqual([])
    expect(moves(once.tracking, seen(2, '104.28.41.17'))).toEqual(['ipv6:240e:3b7::1>null'])
  })

  it('stays quiet when a route that failed once comes back at the same IP', () => {
    const before = fold(seen(0, '104.28.41.17', '240e:3b7::1'), seen(1, '104.28.41.17'))
    expect(moves(before, seen(2, '104.28.41.17', '240e:3b7::1'))).toEqual([])
  })

  it('reports a route appearing after it was confirmed absent (an IPv6 leak)', () => {
    const before = fold(seen(0, '104.28.41.17'), seen(1, '104.28.41.17'))
    expect(moves(before, seen(2, '104.28.41.17', '240e:3b7::1'))).toEqual(['ipv6:null>240e:3b7::1'])
  })

  it('ignores probes that only confirm the last full check', () => {
    const first = seen(0, '104.28.41.17', '240e:3b7::1')
    const tracking = fold(first)
    const probe = {
      ...first,
      checkedAt: new Date(at + 60_000).toISOString(),
      mode: 'probe' as const,
    }
    expect(trackExits(tracking, probe)).toEqual({ tracking, changes: [] })
    expect(trackExits(tracking, null)).toEqual({ tracking, changes: [] })
  })
})

describe('mergeChanges', () => {
  it('keeps the first origin and the last destination, and drops a route that came back', () => {
    const a = trackExits(fold(seen(0, '1.1.1.1', '240e::1')), seen(1, '2.2.2.2', '2001:db8::1'))
    const b = trackExits(a.tracking, seen(2, '3.3.3.3', '240e::1'))
    const merged = mergeChanges(a.changes, b.changes)
    expect(merged.map((c) => `${c.route}:${c.fromIp}>${c.toIp}`)).toEqual([
      'merchant:1.1.1.1>3.3.3.3',
      'ipv4:1.1.1.1>3.3.3.3',
    ])
  })
})
