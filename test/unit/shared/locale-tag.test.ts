import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { listText, localeTag, otherLang } from '../../../src/shared/i18n/locale-tag'

describe('localeTag', () => {
  it('tags Simplified Chinese with its region and English with none', () => {
    expect(localeTag('zh')).toBe('zh-CN')
    expect(localeTag('en')).toBe('en')
  })

  it('formats English dates as the en-US tag some screens used before, so nothing moved', () => {
    const at = new Date('2026-06-14T15:04:05Z')
    expect(at.toLocaleString(localeTag('en'))).toBe(at.toLocaleString('en-US'))
    expect(at.toLocaleTimeString(localeTag('en'))).toBe(at.toLocaleTimeString('en-US'))
  })

  it('is a tag every Intl service accepts as given', () => {
    for (const lang of ['zh', 'en'] as const)
      expect(Intl.getCanonicalLocales(localeTag(lang))).toEqual([localeTag(lang)])
  })
})

describe('otherLang', () => {
  it('is the language not in use, and twice is the one in use', () => {
    expect(otherLang('zh')).toBe('en')
    expect(otherLang('en')).toBe('zh')
    for (const lang of ['zh', 'en'] as const) expect(otherLang(otherLang(lang))).toBe(lang)
  })
})

describe('listText', () => {
  it('joins with 、 in Chinese and a comma in English, whatever the items say', () => {
    const item = fc.string({ minLength: 1, maxLength: 12 })
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 5 }), (items) => {
        expect(listText('zh', items)).toBe(items.join('、'))
        expect(listText('en', items)).toBe(items.join(', '))
      }),
    )
  })
})

describe('the window', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const file = path.join(dir, entry.name)
      if (entry.isDirectory()) return files(file)
      return /\.tsx?$/.test(entry.name) ? [file] : []
    })

  it('picks no locale of its own: every one comes from localeTag', () => {
    const inline = /(?:lang|language)\s*===?\s*'(?:zh|en)'\s*\?|'(?:zh-CN|en-US|en-GB|zh-Hans)'/
    const offenders = files('src/renderer').filter((file) =>
      inline.test(readFileSync(file, 'utf8')),
    )
    expect(offenders).toEqual([])
  })
})
