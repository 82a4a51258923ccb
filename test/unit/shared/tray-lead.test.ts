import fc from 'fast-check'
import {
  addNotice,
  dropNotice,
  latestUndelivered,
  markUndelivered,
  MAX_NOTICES,
  type NoticeRecord,
} from '../../../src/shared/contract/notices'
import type { AppState } from '../../../src/shared/contract/app-state'
import { trayLead } from '../../../src/shared/view/tray-lead'
import { evaluate } from '../../../src/shared/verdict/evaluate'
import { sampleAppState } from '../../support/app-state'

const record = (
  id: string,
  delivered: boolean,
  page: NoticeRecord['page'] = 'status',
): NoticeRecord => ({
  id,
  title: { zh: `通知-${id}`, en: `t-${id}` },
  body: { zh: 'b', en: 'b' },
  page,
  at: '2026-11-26T10:00:00.000Z',
  delivered,
})

describe('trayLead', () => {
  it('gives the payment exit country, the next step and the newest undelivered notice', () => {
    const state = sampleAppState(Date.now(), 'en')
    expect(trayLead(state)).toEqual({
      notice: null,
      nextStep: 'Next step: Fill in the card profile',
      title: 'US',
    })
    const withNotice = { ...state, notices: [record('b', true), record('a', false)] }
    expect(trayLead(withNotice).notice).toBe('Notice: t-a')
  })

  it('names no step while the card profile is still unlocking: there is nothing to do but wait', () => {
    const state = sampleAppState(Date.now(), 'en')
    const unlocking: AppState = {
      ...state,
      profiles: { ...state.profiles, loading: true },
      verdict: evaluate(null, state.monitor.observation, {
        ...state.monitor,
        now: Date.now(),
        exitChangedAt: null,
        timeZone: null,
        profileLoading: true,
      }),
    }
    expect(unlocking.verdict.findings[0]?.id).toBe('profile-unlocking')
    expect(trayLead(unlocking).nextStep).toBeNull()
  })

  it('leaves the session’s notices to the stop while the session says stop, as the window does', () => {
    const state = sampleAppState(Date.now(), 'en')
    const at = new Date().toISOString()
    const watching = (alerts: number): AppState['session'] => ({
      ...state.session,
      state: {
        phase: 'watching',
        id: 's1',
        startedAt: at,
        deadline: at,
        pin: { at, exits: { merchant: null, ipv4: null, ipv6: null }, light: 'green' },
        alerts: Array.from({ length: alerts }, () => ({
          kind: 'light' as const,
          from: 'green' as const,
          to: 'red' as const,
        })),
        moreChanges: 0,
        latest: [],
        firstAlertAt: alerts > 0 ? at : null,
        lastLight: 'green',
      },
    })
    const notices = [record('stop', false, 'session'), record('older', false)]
    expect(trayLead({ ...state, notices, session: watching(1) }).notice).toBe('Notice: t-older')
    expect(trayLead({ ...state, notices, session: watching(0) }).notice).toBe('Notice: t-stop')
  })

  it('has an empty title when the payment route has no exit: never a guessed country', () => {
    const state = sampleAppState(Date.now(), 'zh')
    const none = { ...state, monitor: { ...state.monitor, observation: null } }
    expect(trayLead(none).title).toBe('')
  })
})

describe('the notice list', () => {
  it('stays within its bound, newest first, and the banner shows the newest undelivered', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { maxLength: 20 }), (deliveries) => {
        let list: readonly NoticeRecord[] = []
        deliveries.forEach((delivered, i) => (list = addNotice(list, record(`n${i}`, delivered))))
        expect(list.length).toBe(Math.min(deliveries.length, MAX_NOTICES))
        const kept = deliveries
          .map((d, i) => ({ d, id: `n${i}` }))
          .reverse()
          .slice(0, MAX_NOTICES)
        expect(list.map((n) => n.id)).toEqual(kept.map((k) => k.id))
        expect(latestUndelivered(list)?.id ?? null).toBe(kept.find((k) => !k.d)?.id ?? null)
      }),
    )
  })

  it('returns the same list when marking or dropping changes nothing', () => {
    const list = [record('a', false)]
    expect(markUndelivered(list, 'a')).toBe(list)
    expect(dropNotice(list, 'zz')).toBe(list)
    expect(markUndelivered([record('a', true)], 'a')[0]?.delivered).toBe(false)
  })
})
