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
import { sampleAppState, watchingSession } from '../../support/app-state'

const record = (
  id: string,
  delivered: boolean,
  page: NoticeRecord['page'] = 'status',
  topic?: NoticeRecord['topic'],
): NoticeRecord => ({
  id,
  title: { zh: `通知-${id}`, en: `t-${id}` },
  body: { zh: 'b', en: 'b' },
  page,
  at: '2026-11-26T10:00:00.000Z',
  delivered,
  ...(topic ? { topic } : {}),
})

describe('trayLead', () => {
  it('gives the payment exit country, the next step and the newest undelivered notice', () => {
    const state = sampleAppState(Date.now(), 'en')
    expect(trayLead(state)).toEqual({
      notice: null,
      nextStep: 'Next step: Adjust VPN and region',
      title: 'US',
    })
    const withNotice = { ...state, notices: [record('b', true), record('a', false)] }
    expect(trayLead(withNotice).notice).toBe('Notice: t-a')
  })

  it('names no step while the card profile is still unlocking: there is nothing to do but wait', () => {
    const state = sampleAppState(Date.now(), 'en')
    // The network passes every check that needs no card (no IPv6 exit in China): only the wait is left.
    const sample = state.monitor.observation
    const observation = sample && { ...sample, exits: { ...sample.exits, ipv6: null } }
    const unlocking: AppState = {
      ...state,
      profiles: { ...state.profiles, loading: true },
      verdict: evaluate(null, observation, {
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

  it('leaves the first line to the stop while it lasts, and the stop ends with the session', () => {
    const state = sampleAppState(Date.now(), 'en')
    const at = new Date().toISOString()
    const notices = [
      record('stop', false, 'session', 'session-stop'),
      record('started', false, 'session', 'cooldown-started'),
      record('older', false),
    ]
    // During the stop: no notice and no next step beside it (the stop is the first line).
    const stopped = trayLead({ ...state, notices, session: watchingSession(state, at) })
    expect(stopped).toMatchObject({ notice: null, nextStep: null })
    // After it: the stop's own notice is gone with the session, and so is the cool-down's start
    // (the light says a running cool-down); other undelivered notices come back.
    const after = trayLead({ ...state, notices })
    expect(after.notice).toBe('Notice: t-older')
    expect(after.nextStep).toBe('Next step: Adjust VPN and region')
    expect(trayLead({ ...state, notices: notices.slice(0, 2) }).notice).toBeNull()
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
