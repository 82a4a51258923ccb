import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { createSettingsStore } from '../../../src/node/settings-store'
import {
  defaultSettings,
  loadSettings,
  settingsPatchSchema,
} from '../../../src/shared/contract/settings'
import { failingFs } from '../../support/failing-fs'
import { useTempDirs } from '../../support/temp-dirs'

const tempDir = useTempDirs('paylight-settings-')
const file = (dir: string) => path.join(dir, 'settings.json')

describe('settings store', () => {
  it('starts from defaults: follow the system language, 60 s, cross-check on, country and light notices', async () => {
    await expect(createSettingsStore(tempDir()).load()).resolves.toEqual({
      kind: 'empty',
      value: defaultSettings,
    })
    expect(defaultSettings).toEqual({
      language: 'system',
      intervalMs: 60_000,
      paused: false,
      crossCheck: true,
      notifications: true,
      merchants: ['openai'],
      alertLevel: 'important',
      alertLevelChosen: false,
      startAtLoginOffered: false,
    })
  })

  it('keeps a saved choice of alert level; an untouched one follows the default', async () => {
    const dir = tempDir()
    // Version 1 wrote every field: "every IP change" was everyone's default, the others choices.
    writeFileSync(file(dir), JSON.stringify({ version: 1, alertLevel: 'all', language: 'en' }))
    await expect(createSettingsStore(dir).load()).resolves.toMatchObject({
      kind: 'loaded',
      migrated: true,
      value: { alertLevel: 'important', alertLevelChosen: false, language: 'en' },
    })
    writeFileSync(file(dir), JSON.stringify({ version: 1, alertLevel: 'off' }))
    await expect(createSettingsStore(dir).load()).resolves.toMatchObject({
      value: { alertLevel: 'off', alertLevelChosen: true },
    })
    // Version 2: a chosen "every IP change" stays chosen; one never chosen follows the default.
    const store = createSettingsStore(dir)
    await store.save({ ...defaultSettings, alertLevel: 'all', alertLevelChosen: true })
    await expect(createSettingsStore(dir).load()).resolves.toMatchObject({
      value: { alertLevel: 'all', alertLevelChosen: true },
    })
    writeFileSync(file(dir), JSON.stringify({ version: 2, alertLevel: 'all' }))
    await expect(createSettingsStore(dir).load()).resolves.toMatchObject({
      value: { alertLevel: 'important', alertLevelChosen: false },
    })
  })

  it('round-trips what was saved, with its version', async () => {
    const dir = tempDir()
    await createSettingsStore(dir).save({ ...defaultSettings, language: 'en', paused: true })
    await expect(createSettingsStore(dir).load()).resolves.toMatchObject({
      value: { language: 'en', paused: true },
    })
    expect(JSON.parse(readFileSync(file(dir), 'utf8'))).toMatchObject({
      version: 2,
      language: 'en',
    })
  })

  it('reads a file written before versioning as version 1', async () => {
    const dir = tempDir()
    writeFileSync(file(dir), JSON.stringify({ language: 'zh', intervalMs: 120_000 }))
    await expect(createSettingsStore(dir).load()).resolves.toMatchObject({
      kind: 'loaded',
      value: { language: 'zh', intervalMs: 120_000 },
    })
  })

  it('moves a corrupt file aside (kept, listed) and starts from defaults', async () => {
    const dir = tempDir()
    writeFileSync(file(dir), '{"language": "en", trunc')
    const store = createSettingsStore(dir, { now: () => Date.parse('2026-11-25T10:00:00Z') })
    await expect(store.load()).resolves.toMatchObject({
      kind: 'moved-aside',
      value: defaultSettings,
    })
    expect(readdirSync(dir)).toEqual(['settings.corrupt-2026-11-25T10-00-00-000Z.json'])
  })

  it('never overwrites a settings file it could not read (EISDIR, EACCES)', async () => {
    const dir = tempDir()
    mkdirSync(file(dir))
    const store = createSettingsStore(dir)
    await expect(store.load()).resolves.toMatchObject({ kind: 'unreadable', code: 'EISDIR' })
    await expect(store.save(defaultSettings)).resolves.toMatchObject({ ok: false })
    const other = tempDir()
    writeFileSync(file(other), JSON.stringify({ language: 'en' }))
    const denied = createSettingsStore(other, { fs: failingFs({ readFile: 'EACCES' }) })
    await expect(denied.load()).resolves.toMatchObject({ kind: 'unreadable', code: 'EACCES' })
    await expect(denied.save(defaultSettings)).resolves.toMatchObject({ ok: false })
    expect(JSON.parse(readFileSync(file(other), 'utf8'))).toEqual({ language: 'en' })
  })

  it('keeps the valid fields of a partly wrong file', () => {
    expect(loadSettings({ language: 'en', intervalMs: 5, paused: 'yes' })).toEqual({
      ...defaultSettings,
      language: 'en',
    })
  })
})

describe('settingsPatchSchema', () => {
  it('changes only what the patch names, never filling the rest with defaults', () => {
    expect(settingsPatchSchema.parse({ crossCheck: false })).toEqual({ crossCheck: false })
    expect(settingsPatchSchema.parse({ intervalMs: 120_000 })).toEqual({ intervalMs: 120_000 })
  })

  it('refuses out-of-range intervals and unknown fields', () => {
    expect(settingsPatchSchema.safeParse({ intervalMs: 1000 }).success).toBe(false)
    expect(settingsPatchSchema.safeParse({ language: 'en' }).success).toBe(false)
  })
})
