import { createStatePublisher } from '../../../src/main/state-publisher'
import { realTimers } from '../../../src/shared/monitor/timers'
import type { AppState } from '../../../src/shared/contract/app-state'
import { sampleAppState } from '../../support/app-state'

function setup() {
  let lang: AppState['lang'] = 'zh'
  const base = sampleAppState(Date.parse('2026-11-25T10:00:00Z'))
  const pushed: AppState[] = []
  const publisher = createStatePublisher({
    build: () => ({ ...base, lang }),
    timers: realTimers,
  })
  publisher.subscribe((s) => pushed.push(s))
  return { publisher, pushed, setLang: (next: AppState['lang']) => (lang = next) }
}

describe('createStatePublisher', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('pushes the changes of one turn as one state', async () => {
    const { publisher, pushed, setLang } = setup()
    publisher.changed()
    setLang('en')
    publisher.changed()
    publisher.changed()
    expect(pushed).toEqual([])
    await vi.advanceTimersByTimeAsync(0)
    expect(pushed.map((s) => [s.revision, s.lang])).toEqual([[1, 'en']])
  })

  it('arms nothing for a change that arrives after stop (a save finishing at quit)', async () => {
    const { publisher, pushed } = setup()
    publisher.stop()
    publisher.changed()
    expect(vi.getTimerCount()).toBe(0)
    await vi.advanceTimersByTimeAsync(0)
    expect(pushed).toEqual([])
  })

  it('numbers every published state higher than the one before', async () => {
    const { publisher, pushed } = setup()
    publisher.changed()
    await vi.advanceTimersByTimeAsync(0)
    publisher.changed()
    publisher.flush()
    await vi.advanceTimersByTimeAsync(0)
    expect(pushed.map((s) => s.revision)).toEqual([1, 2])
  })

  it('hands out the newest state, publishing what is pending first', () => {
    const { publisher, pushed, setLang } = setup()
    const first = publisher.current()
    setLang('en')
    publisher.changed()
    const second = publisher.current()
    expect(second.revision).toBeGreaterThan(first.revision)
    expect(second.lang).toBe('en')
    expect(pushed.at(-1)).toBe(second)
    expect(publisher.current()).toBe(second)
  })

  it('drops a pending push when stopped', async () => {
    const { publisher, pushed } = setup()
    publisher.changed()
    publisher.stop()
    await vi.advanceTimersByTimeAsync(10)
    expect(pushed).toEqual([])
    expect(vi.getTimerCount()).toBe(0)
  })
})
