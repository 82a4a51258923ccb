import { createNoticeRelay } from '../../../../src/main/setup/notice-relay'
import { noticeRecord } from '../../../support/notices'

const notice = (id: string) => noticeRecord(id)

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
