import type { AlertEvent } from '../../../src/shared/alerts/alert-event'
import { wantsNotice } from '../../../src/shared/alerts/alert-level'
import type { CountryCode } from '../../../src/shared/geo/country'

const at = '2026-11-25T10:00:00.000Z'
const move = (countryChanged: boolean) => ({
  route: 'merchant' as const,
  fromIp: '104.28.41.17',
  toIp: '104.28.41.18',
  fromCountry: 'US' as CountryCode,
  toCountry: (countryChanged ? 'JP' : 'US') as CountryCode,
  countryChanged,
})
const events: Record<string, AlertEvent> = {
  ipOnly: { kind: 'exit-changed', at, changes: [move(false)], light: null, page: 'status' },
  country: { kind: 'exit-changed', at, changes: [move(true)], light: null, page: 'status' },
  ipWithLight: {
    kind: 'exit-changed',
    at,
    changes: [move(false)],
    light: { from: 'green', to: 'yellow' },
    page: 'status',
  },
  light: { kind: 'light-changed', at, shift: { from: 'green', to: 'red' }, page: 'status' },
  failing: { kind: 'checks-failing', at, failures: 2, from: 'green', page: 'status' },
  flapping: { kind: 'flapping', at, count: 6, windowMinutes: 10, page: 'history' },
}
const shown = (level: 'all' | 'important' | 'off') =>
  Object.entries(events)
    .filter(([, e]) => wantsNotice(e, level))
    .map(([name]) => name)

describe('wantsNotice', () => {
  it('shows everything at "all", nothing at "off"', () => {
    expect(shown('all')).toEqual(Object.keys(events))
    expect(shown('off')).toEqual([])
  })

  it('leaves out a bare IP change at "country or light changes only"', () => {
    expect(shown('important')).toEqual(['country', 'ipWithLight', 'light', 'failing', 'flapping'])
  })
})
