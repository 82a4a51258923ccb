import { formatProfile } from '../../../src/cli/report'
import type { CountryCode } from '../../../src/shared/geo/country'
import { usProfile } from '../../support/profiles'

describe("the CLI's line for the profile as kept", () => {
  it('names the digits kept and both countries, in Chinese and in English', () => {
    const profile = usProfile({ billing: { country: 'JP' as CountryCode } })
    expect(formatProfile(profile, 'zh')).toEqual([
      '保存的卡片资料：411111••••1234（卡号前 6 位和后 4 位），发卡国家 美国 US，账单国家 日本 JP',
    ])
    expect(formatProfile(profile, 'en')).toEqual([
      'Profile as kept: 411111••••1234 (first 6 and last 4 digits), issuing country United States US, billing country Japan JP',
    ])
  })

  it('says only the BIN is kept when there is no last 4, and "unknown" for a missing country', () => {
    const profile = usProfile({ card: { bin: '41111111', last4: null, issuingCountry: null } })
    expect(formatProfile(profile, 'zh')).toEqual([
      '保存的卡片资料：41111111••••····（卡号前 8 位），发卡国家 未知，账单国家 美国 US',
    ])
    expect(formatProfile(profile, 'en')).toEqual([
      'Profile as kept: 41111111••••···· (first 8 digits), issuing country unknown, billing country United States US',
    ])
  })
})
