import { render, screen } from '@testing-library/react'
import { SourcesTable } from '../../../src/renderer/src/components/SourcesTable'
import { useAppStore } from '../../../src/renderer/src/store/app-store'
import type { GeoAttempt } from '../../../src/shared/monitor/observation'
import { sampleAppState } from '../../support/app-state'

const attempts: GeoAttempt[] = [
  {
    ip: '203.0.113.7',
    provider: 'ipwho.is',
    outcome: 'rate-limited',
    detail: 'HTTP 429',
    retryAt: '2026-12-01T11:00:00.000Z',
  },
  { ip: '203.0.113.7', provider: 'country.is', outcome: 'answered', detail: '' },
]

describe('the sources table', () => {
  afterEach(() => useAppStore.getState().reset())

  it.each([
    ['zh', 'ipwho.is（在线定位）', '请求太频繁（429）', '之后可再查', '已回答'],
    [
      'en',
      'ipwho.is (online look-up)',
      'rate limited (429)',
      'may be asked again after',
      'answered',
    ],
  ] as const)(
    'lists every online look-up attempt, a 429 with its retry time (%s)',
    (lang, ...words) => {
      useAppStore.setState({ app: { ...sampleAppState(Date.now(), lang), revision: 1 } })
      render(
        <SourcesTable sightings={[]} caption="sources" observation={null} attempts={attempts} />,
      )
      const [provider, limited, retry, answered] = words
      expect(screen.getByRole('rowheader', { name: provider })).toBeTruthy()
      const rows = screen.getAllByRole('row')
      expect(rows[1]?.textContent).toContain(limited)
      expect(rows[1]?.textContent).toContain(retry)
      expect(rows[1]?.textContent).toContain('2026-12-01T11:00:00.000Z')
      expect(rows[2]?.textContent).toContain(answered)
    },
  )
})
