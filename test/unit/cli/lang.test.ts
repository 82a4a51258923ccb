import { langFromLocale } from '../../../src/shared/i18n/translate'

describe('langFromLocale (how the CLI picks its language from LANG / LC_ALL)', () => {
  it.each(['zh_CN.UTF-8', 'zh_TW', 'zh-Hans-CN', 'zh', 'ZH_cn', 'zh@pinyin'])(
    '%s is Chinese',
    (locale) => {
      expect(langFromLocale(locale)).toBe('zh')
    },
  )

  it.each(['C.UTF-8', 'en_US.UTF-8', 'zhx', '', null, undefined])('%s is English', (locale) => {
    expect(langFromLocale(locale)).toBe('en')
  })
})
