import { render, screen, within } from '@testing-library/react'
import { DataCredits } from '../../../src/renderer/src/components/DataCredits'
import { useAppStore } from '../../../src/renderer/src/store/app-store'
import { dataSources } from '../../../src/shared/view/data-licences'
import { sampleAppState } from '../../support/app-state'

describe('the data credits', () => {
  it('credits every shipped data set with its licence, as CC BY asks, inside the app', () => {
    useAppStore.getState().receive(sampleAppState(Date.now()))
    render(<DataCredits />)
    const list = screen.getByRole('region', { name: '数据来源与许可' })
    expect(dataSources.length).toBeGreaterThanOrEqual(3)
    for (const source of dataSources) {
      const item = within(list).getByText(source.name).closest('li')
      expect(item).toHaveTextContent(source.licence.name)
      expect(item).toHaveTextContent(source.attribution)
    }
  })
})
