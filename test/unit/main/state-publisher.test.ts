import { createStatePublisher } from '../../../src/main/state-publisher'
import type { ComposedState } from '../../../src/main/features/feature'
import { realTimers } from '../../../src/shared/monitor/timers'
import type { AppState } from '../../../src/shared/contract/app-state'
import { sampleAppState } from '../../support/app-state'
import { noticeRecord } from '../../support/notices'

const notice = (id: string) => noticeRecord(id)

/** A publisher over a state the test edits, with judges the test adds, connected at once. */
function setup(judges: ((state: ComposedState) => void)[] = []) {
  let state: ComposedState = sampleAppState(Date.parse('2026-11-25T10:00:00Z'))
  let composed = 0
  const pushed: AppState[] = []
  const publisher = createStatePublisher({ timers: realTimers })
  const edit = (patch: Partial<ComposedState>) => {
    state = { ...state, ...patch }
    publisher.changed()
  }
  publisher.connect({
    compose: () => {
      composed += 1
      return state
    },
    judges: judges.map((judge) => (s: ComposedState) => judge(s)),
  })
  publisher.subscribe((s) => pushed.push(s))
  return { publisher, pushed, edit, composed: () => composed }
}

describe('createStatePublisher', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('composes the first state when connected, and pushes the changes of one turn as one state', async () => {
    const { publisher, pushed, edit } = setup()
    expect(publisher.current().revision).toBe(1)
    edit({ lang: 'en' })
    edit({ notices: [notice('a')] })
    expect(pushed).toEqual([])
    await vi.advanceTimersByTimeAsync(0)
    expect(pushed.map((s) => [s.revision, s.lang, s.notices.length])).toEqual([[2, 'en', 1]])
  })

  it('pushes nothing, and keeps the revision, when what the state shows did not change', async () => {
    const { publisher, pushed, edit, composed } = setup()
    const first = publisher.current()
    edit({})
    await vi.advanceTimersByTimeAsync(0)
    edit({ lang: first.lang, notices: [...first.notices] })
    await vi.advanceTimersByTimeAsync(0)
    expect(composed()).toBe(3)
    expect(pushed).toEqual([])
    expect(publisher.current()).toBe(first)
  })

  it('lets every judge see the composed state first, and pushes once with what they added', async () => {
    const seen: string[][] = []
    let edit: (patch: Partial<ComposedState>) => void = () => undefined
    // The first judge posts a notice when the language changes; the second only looks.
    const harness = setup([
      (s) => {
        if (s.lang === 'en' && s.notices.length === 0) edit({ notices: [notice('lang')] })
      },
      (s) => void seen.push(s.notices.map((n) => n.id)),
    ])
    edit = harness.edit
    harness.edit({ lang: 'en' })
    await vi.advanceTimersByTimeAsync(0)
    expect(harness.pushed.map((s) => [s.revision, s.lang, s.notices.map((n) => n.id)])).toEqual([
      [2, 'en', ['lang']],
    ])
    // At connect, then the change as composed (without the notice), then with it.
    expect(seen).toEqual([[], [], ['lang']])
    expect(vi.getTimerCount()).toBe(0)
  })

  it('judges the same state whatever their order, so none reads another one’s change', async () => {
    const order = async (flip: boolean) => {
      const heard: string[] = []
      let edit: (patch: Partial<ComposedState>) => void = () => undefined
      const poster = (s: ComposedState) => {
        if (s.lang === 'en' && s.notices.length === 0) edit({ notices: [notice('n')] })
      }
      const reader = (s: ComposedState) => void heard.push(`${s.lang}:${s.notices.length}`)
      const harness = setup(flip ? [reader, poster] : [poster, reader])
      edit = harness.edit
      harness.edit({ lang: 'en' })
      await vi.advanceTimersByTimeAsync(0)
      return { heard, pushed: harness.pushed.map((s) => s.notices.length) }
    }
    expect(await order(false)).toEqual(await order(true))
  })

  it('stops judging after a few rounds of judges that keep answering each other', async () => {
    let n = 0
    let edit: (patch: Partial<ComposedState>) => void = () => undefined
    const harness = setup([() => edit({ notices: [notice(String((n += 1)))] })])
    edit = harness.edit
    harness.edit({ lang: 'en' })
    await vi.advanceTimersByTimeAsync(0)
    expect(harness.pushed).toHaveLength(1)
    expect(n).toBeLessThan(10)
  })

  it('keeps judging when one judge throws', async () => {
    const heard: string[] = []
    const harness = setup([
      () => {
        throw new Error('broken judge')
      },
      (s) => void heard.push(s.lang),
    ])
    harness.edit({ lang: 'en' })
    await vi.advanceTimersByTimeAsync(0)
    expect(heard.at(-1)).toBe('en')
    expect(harness.pushed).toHaveLength(1)
  })

  it('arms nothing for a change that arrives after stop (a save finishing at quit)', async () => {
    const { publisher, pushed, edit } = setup()
    publisher.stop()
    edit({ lang: 'en' })
    expect(vi.getTimerCount()).toBe(0)
    await vi.advanceTimersByTimeAsync(0)
    expect(pushed).toEqual([])
  })

  it('hands out the newest state, publishing what is pending first', () => {
    const { publisher, pushed, edit } = setup()
    const first = publisher.current()
    edit({ lang: 'en' })
    const second = publisher.current()
    expect(second.revision).toBeGreaterThan(first.revision)
    expect(second.lang).toBe('en')
    expect(pushed.at(-1)).toBe(second)
    expect(publisher.current()).toBe(second)
  })

  it('drops a pending push when stopped', async () => {
    const { publisher, pushed, edit } = setup()
    edit({ lang: 'en' })
    publisher.stop()
    await vi.advanceTimersByTimeAsync(10)
    expect(pushed).toEqual([])
    expect(vi.getTimerCount()).toBe(0)
  })

  it('composes nothing before it is connected: the first state has every change in it', async () => {
    const publisher = createStatePublisher({ timers: realTimers })
    publisher.changed()
    await vi.advanceTimersByTimeAsync(0)
    expect(() => publisher.current()).toThrow(/not connected/)
  })
})
