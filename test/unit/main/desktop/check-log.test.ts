import { checkOutcome, logCheckOutcomes } from '../../../../src/main/desktop/check-log'
import type { AppState } from '../../../../src/shared/contract/app-state'
import type { LogEntry } from '../../../../src/shared/util/logger'
import { createLogger, setLogSink } from '../../../../src/shared/util/logger'
import { sampleAppState } from '../../../support/app-state'

describe('the check log', () => {
  it('says when and why a check ran, the light, each route country and what failed, without IPs', () => {
    const state = sampleAppState(Date.parse('2026-11-26T10:00:00Z'))
    const outcome = checkOutcome(state)
    expect(outcome).toMatchObject({
      trigger: 'start',
      ok: true,
      light: state.verdict.light,
      countries: { merchant: 'US', ipv4: 'US', ipv6: 'CN' },
    })
    const text = JSON.stringify(outcome)
    expect(text).not.toContain('104.28.41.17')
    expect(text).not.toContain('240e:3b7')
  })

  it('logs each finished check once, not every state push', () => {
    const entries: LogEntry[] = []
    setLogSink((e) => entries.push(e), 'info')
    let listener: ((s: AppState) => void) | null = null
    const stop = logCheckOutcomes((fn) => {
      listener = fn
      return () => (listener = null)
    }, createLogger('check'))
    const first = sampleAppState(Date.parse('2026-11-26T10:00:00Z'))
    listener!(first)
    listener!({ ...first, revision: first.revision + 1 })
    listener!({
      ...first,
      monitor: {
        ...first.monitor,
        checking: true,
        lastAttempt: { ...first.monitor.lastAttempt!, at: '2026-11-26T10:01:00.000Z' },
      },
    })
    const second = sampleAppState(Date.parse('2026-11-26T10:01:00Z'))
    listener!(second)
    expect(entries.map((e) => [e.scope, e.message])).toEqual([
      ['check', 'check done'],
      ['check', 'check done'],
    ])
    stop()
    expect(listener).toBeNull()
  })
})
