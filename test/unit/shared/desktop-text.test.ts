import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { desktopText } from '../../../src/shared/i18n/desktop-text'
import { desktopEn } from '../../../src/shared/i18n/messages/desktop.en'
import { desktopZh } from '../../../src/shared/i18n/messages/desktop.zh'

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return /\.ts$/.test(entry.name) ? [path] : []
  })
}

describe("the main process's own words", () => {
  it('have the same keys, no empty text and the same placeholders in both languages', () => {
    expect(Object.keys(desktopEn).sort()).toEqual(Object.keys(desktopZh).sort())
    for (const [key, zh] of Object.entries(desktopZh)) {
      const en = desktopEn[key as keyof typeof desktopZh]
      expect(zh.trim(), key).not.toBe('')
      expect(en.trim(), key).not.toBe('')
      expect(placeholders(en), key).toEqual(placeholders(zh))
    }
  })

  it('hold no key main never uses (update news is keyed by the status kind)', () => {
    const code = sourceFiles('src/main')
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n')
    const unused = Object.keys(desktopZh).filter(
      (key) => !code.includes(`'${key}'`) && !key.startsWith('updates.'),
    )
    expect(unused).toEqual([])
  })

  it('fill the version in', () => {
    expect(desktopText('zh', 'updates.ready', { version: '1.2.0' })).toBe(
      '新版本 1.2.0 已下载，退出时安装',
    )
    expect(desktopText('en', 'updates.downloading', { version: '1.2.0' })).toBe(
      'Downloading version 1.2.0…',
    )
  })
})
