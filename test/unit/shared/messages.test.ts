import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { dynamicMessageKeys } from '../../support/dynamic-keys'
import { en, featureMessages, zh, type MessageKey } from '../../../src/shared/i18n/messages'
import { translate } from '../../../src/shared/i18n/translate'

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return /\.tsx?$/.test(entry.name) ? [path] : []
  })
}

// The code that says things: everything in src but the tables themselves.
const code = sourceFiles('src')
  .filter((file) => !file.includes(join('i18n', 'messages')))
  .map((file) => readFileSync(file, 'utf8'))
  .join('\n')

describe('the message tables', () => {
  it('give every key in both languages, feature by feature', () => {
    for (const [feature, { zh: chinese, en: english }] of Object.entries(featureMessages)) {
      expect(Object.keys(english).sort(), feature).toEqual(Object.keys(chinese).sort())
    }
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort())
  })

  it('let no two features define the same key (joining them would hide one)', () => {
    const owners = new Map<string, string[]>()
    for (const [feature, tables] of Object.entries(featureMessages))
      for (const key of Object.keys(tables.zh))
        owners.set(key, [...(owners.get(key) ?? []), feature])
    expect([...owners].filter(([, features]) => features.length > 1)).toEqual([])
  })

  it('use the same placeholders in both languages', () => {
    const differing = (Object.keys(zh) as MessageKey[]).filter(
      (key) => placeholders(zh[key]).join() !== placeholders(en[key]).join(),
    )
    expect(differing).toEqual([])
  })

  it('hold no key the code never uses: spelled out in src, or declared as built', () => {
    const used = new Set<string>(dynamicMessageKeys)
    const unused = Object.keys(zh).filter(
      (key) =>
        !used.has(key) &&
        !code.includes(`'${key}'`) &&
        !code.includes(`"${key}"`) &&
        !code.includes(`\`${key}\``),
    )
    expect(unused).toEqual([])
  })

  it('fill placeholders with text, numbers, countries and other messages in the reader’s language', () => {
    expect(translate('zh', 'finding.fix', { n: 6, step: { message: 'step.vpn-region' } })).toBe(
      '去第 6 步：调整 VPN 与地区',
    )
    expect(
      translate('en', 'finding.network-vs-billing', {
        network: { country: null },
        billing: 'x',
      }),
    ).toMatch(/^Your network exit is in unknown but the billing address is in x:/)
    expect(translate('en', 'age.seconds')).toBe('{n} s')
  })
})
