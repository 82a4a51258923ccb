import { createNoticesFeature } from '../../../../../src/main/features/notices/notices-feature'
import { inEachLang, MAX_NOTICES } from '../../../../../src/shared/contract/notices'

// A notice as features raise it: the same words in both languages will do here.
const words = (title: string, body: string) => inEachLang(() => ({ title, body }))

function setup(deliver?: (id: string) => void) {
  const onChange = vi.fn()
  let clock = Date.parse('2026-11-26T10:00:00Z')
  const notices = createNoticesFeature({
    now: () => (clock += 1000),
    deliver: deliver ? (n) => deliver(n.id) : undefined,
    onChange,
  })
  return { notices, onChange }
}

describe('the notices feature', () => {
  it('keeps the newest few notices, newest first, each with its page and time', () => {
    const delivered: string[] = []
    const { notices } = setup((id) => delivered.push(id))
    for (let i = 0; i < MAX_NOTICES + 2; i += 1)
      notices.post({ ...words(`t${i}`, 'b'), ...(i === 0 ? {} : { page: 'checklist' }) })
    const list = notices.slice().notices
    expect(list.map((n) => n.title.en)).toEqual(['t6', 't5', 't4', 't3', 't2'])
    expect(list.every((n) => n.delivered && n.page === 'checklist')).toBe(true)
    expect(delivered).toHaveLength(MAX_NOTICES + 2)
    expect(new Set(delivered).size).toBe(delivered.length)
    expect(list.every((n) => /^[a-z0-9-]{1,40}$/.test(n.id))).toBe(true)
  })

  it('marks a notice undelivered when the system could not show it, or when there is no notifier', () => {
    const { notices } = setup(() => undefined)
    const posted = notices.post(words('a', 'b'))
    expect(posted.page).toBe('status')
    notices.undelivered(posted.id)
    expect(notices.find(posted.id)?.delivered).toBe(false)
    const bare = setup()
    expect(bare.notices.post(words('a', 'b')).delivered).toBe(false)
  })

  it('dismisses a notice over IPC and publishes only real changes', () => {
    const { notices, onChange } = setup(() => undefined)
    const posted = notices.post(words('a', 'b'))
    onChange.mockClear()
    expect(notices.ipc.dismissNotice('not-there')).toEqual({ ok: true })
    expect(onChange).not.toHaveBeenCalled()
    notices.ipc.dismissNotice(posted.id)
    expect(notices.slice().notices).toEqual([])
    expect(onChange).toHaveBeenCalledTimes(1)
  })

  it('numbers each page request, so asking for the same page twice is seen twice', () => {
    const { notices } = setup()
    notices.requestPage('checklist')
    const first = notices.slice().ui.requestedPage
    notices.requestPage('checklist')
    const second = notices.slice().ui.requestedPage
    expect(first?.page).toBe('checklist')
    expect(second!.seq).toBeGreaterThan(first!.seq)
    notices.clearRequestedPage()
    expect(notices.slice().ui.requestedPage).toBeNull()
  })
})
