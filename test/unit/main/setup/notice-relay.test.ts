import { createNoticeRelay } from '../../../../src/main/setup/notice-relay'
import type { NoticeRecord } from '../../../../src/shared/contract/notices'

const notice = (id: string): NoticeRecord => ({
  id,
  title: { zh: '出口变化', en: 'Exit changed' },
  body: { zh: '商户线路', en: 'Merchant route' },
  page: 'status',
  at: '2026-11-25T10:00:00.000Z',
  delivered: true,
})

describe('createNoticeRelay', () => {
  it('keeps what is posted before the notifier exists and hands it over on connect, oldest first', () => {
    const relay = createNoticeRelay()
    relay.send(notice('a'))
    relay.send(notice('b'))
    const shown: string[] = []
    relay.connect((n) => shown.push(n.id))
    expect(shown).toEqual(['a', 'b'])
  })

  it('hands every later notice straight to the notifier, once each', () => {
    const relay = createNoticeRelay()
    const shown: string[] = []
    relay.send(notice('early'))
    relay.connect((n) => shown.push(n.id))
    relay.send(notice('late'))
    expect(shown).toEqual(['early', 'late'])
  })
})
