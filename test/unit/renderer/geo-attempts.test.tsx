import { render, screen } from '@testing-library/react'
import { SourcesTable } from '../../../src/renderer/src/components/SourcesTable'
import { useAppStore } from '../../../src/renderer/src/store/app-store'
import { sampleAppState } from '../../support/app-state'
import { limitedThenAnswered } from '../../support/geo-attempts'

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
        <SourcesTable
          sightings={[]}
          caption="sources"
          observation={null}
          attempts={limitedThenAnswered}
        />,
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
