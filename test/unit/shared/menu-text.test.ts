import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { menuText } from '../../../src/shared/i18n/menu-text'
import { menuEn } from '../../../src/shared/i18n/messages/menu.en'
import { menuZh } from '../../../src/shared/i18n/messages/menu.zh'

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return /\.ts$/.test(entry.name) ? [path] : []
  })
}

describe("the application menu's words", () => {
  it('have the same keys, no empty text and the same placeholders in both languages', () => {
    expect(Object.keys(menuEn).sort()).toEqual(Object.keys(menuZh).sort())
    for (const [key, zh] of Object.entries(menuZh)) {
      const en = menuEn[key as keyof typeof menuZh]
      expect(zh.trim(), key).not.toBe('')
      expect(en.trim(), key).not.toBe('')
      expect(placeholders(en), key).toEqual(placeholders(zh))
    }
  })

  it('hold no key main never uses', () => {
    const code = sourceFiles('src/main')
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n')
    const unused = Object.keys(menuZh).filter((key) => !code.includes(`'${key}'`))
    expect(unused).toEqual([])
  })

  it('read the table of the language asked for', () => {
    expect(menuText('zh', 'menu.checkForUpdates')).toBe('检查更新…')
    expect(menuText('en', 'menu.checkForUpdates')).toBe('Check for Updates…')
  })
})
