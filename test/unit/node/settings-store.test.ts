import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createSettingsStore } from '../../../src/node/settings-store'
import { defaultSettings, loadSettings, settingsPatchSchema } from '../../../src/shared/settings'

describe('settings', () => {
  it('starts from defaults: follow the system language, 60 s, cross-check on', async () => {
    const store = createSettingsStore(mkdtempSync(path.join(tmpdir(), 'paylight-settings-')))
    await expect(store.load()).resolves.toEqual(defaultSettings)
    expect(defaultSettings).toEqual({
      language: 'system',
      intervalMs: 60_000,
      paused: false,
      crossCheck: true,
      notifications: true,
      merchants: ['openai'],
      alertLevel: 'all',
    })
  })

  it('round-trips what was saved', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'paylight-settings-'))
    const store = createSettingsStore(dir)
    await store.save({ ...defaultSettings, language: 'en', paused: true })
    await expect(store.load()).resolves.toMatchObject({ language: 'en', paused: true })
    expect(JSON.parse(readFileSync(path.join(dir, 'settings.json'), 'utf8'))).toMatchObject({
      language: 'en',
    })
  })

  it('survives a corrupt file by falling back to defaults', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'paylight-settings-'))
    writeFileSync(path.join(dir, 'settings.json'), '{"language": "en", trunc')
    await expect(createSettingsStore(dir).load()).resolves.toEqual(defaultSettings)
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
