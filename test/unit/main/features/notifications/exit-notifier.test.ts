import {
  createExitNotifier,
  type Notice,
} from '../../../../../src/main/features/notifications/exit-notifier'
import type { ExitChange } from '../../../../../src/shared/monitor/exit-changes'
import type { CountryCode } from '../../../../../src/shared/country'

const hop: ExitChange = {
  route: 'ipv6',
  fromIp: null,
  toIp: '240e:3b7::1',
  fromCountry: null,
  toCountry: 'CN' as CountryCode,
  countryChanged: true,
}

describe('createExitNotifier', () => {
  it('announces each change in the current language while notifications are on', () => {
    const shown: Notice[] = []
    let enabled = true
    const announce = createExitNotifier({
      notify: (n) => shown.push(n),
      enabled: () => enabled,
      lang: () => 'zh',
    })
    announce([hop])
    expect(shown).toHaveLength(1)
    expect(shown[0]?.body).toContain('中国 CN')
    enabled = false
    announce([hop])
    expect(shown).toHaveLength(1)
  })

  it('does nothing without a way to notify', () => {
    const announce = createExitNotifier({
      notify: undefined,
      enabled: () => true,
      lang: () => 'en',
    })
    expect(() => announce([hop])).not.toThrow()
  })
})
