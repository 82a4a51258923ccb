import { createSettingsFeature } from '../../../../../src/main/features/settings/settings-feature'
import { memoryDoc } from '../../../../../src/main/features/storage/memory-stores'
import { defaultSettings, type Settings } from '../../../../../src/shared/contract/settings'
import type { StorageError } from '../../../../../src/shared/storage/kept-file-types'

async function setup(saved: Settings = defaultSettings, failWith: StorageError | null = null) {
  const file = memoryDoc('settings.json', saved)
  const written: Settings[] = []
  const changes: string[] = []
  const failures: StorageError[] = []
  const feature = await createSettingsFeature({
    settingsStore: {
      ...file,
      save: async (s) => {
        if (failWith) return { ok: false, error: failWith }
        written.push(s)
        return file.save(s)
      },
    },
    systemLocale: 'de-DE',
    storage: {
      report: (_name, error) => failures.push(error),
      saved: () => changes.push('saved'),
    },
    onChange: () => changes.push('changed'),
  })
  // Stands in for the monitor, which runs on the cadence and hears each change.
  feature.onApplied((patch, before) =>
    changes.push(`applied ${JSON.stringify(patch)} after ${before.intervalMs}`),
  )
  return { feature, file, written, changes, failures }
}

describe('createSettingsFeature', () => {
  it('holds pause and interval, and tells the monitor what changed once it is saved', async () => {
    const { feature, written, changes } = await setup()
    await feature.ipc.updateSettings({ intervalMs: 120_000, notifications: false })
    await feature.ipc.setPaused(true)
    expect(changes).toEqual([
      'saved',
      'changed',
      'applied {"intervalMs":120000,"notifications":false} after 60000',
      'saved',
      'changed',
      'applied {"paused":true} after 120000',
    ])
    expect(feature.current()).toMatchObject({ paused: true, intervalMs: 120_000 })
    expect(written.at(-1)).toEqual(feature.current())
    expect(feature.slice().settings).toBe(feature.current())
  })

  it('keeps the merchant choice and saves it', async () => {
    const { feature, written } = await setup()
    expect(feature.current().merchants).toEqual(['openai'])
    await feature.ipc.updateSettings({ merchants: ['openai', 'anthropic'] })
    expect(written.at(-1)?.merchants).toEqual(['openai', 'anthropic'])
  })

  it("records an alert level set through the window as the user's choice, and nothing else as one", async () => {
    const { feature, written } = await setup()
    await feature.ipc.updateSettings({ notifications: false })
    expect(written.at(-1)).toMatchObject({ alertLevel: 'important', alertLevelChosen: false })
    await feature.ipc.updateSettings({ alertLevel: 'all' })
    expect(written.at(-1)).toMatchObject({ alertLevel: 'all', alertLevelChosen: true })
  })

  it('resolves "system" against the locale', async () => {
    const { feature } = await setup()
    expect(feature.lang()).toBe('en')
    await feature.ipc.setLanguage('zh')
    expect(feature.slice().lang).toBe('zh')
  })

  it('changes nothing, in the app or on disk, and never answers ok, when the settings file cannot be written', async () => {
    const { feature, written, failures, changes } = await setup(defaultSettings, {
      code: 'no-space',
    })
    const refused = { ok: false, error: { code: 'no-space' } }
    await expect(feature.ipc.setLanguage('en')).resolves.toEqual(refused)
    await expect(feature.ipc.setPaused(true)).resolves.toEqual(refused)
    await expect(feature.ipc.updateSettings({ crossCheck: false })).resolves.toEqual(refused)
    expect(feature.current()).toEqual(defaultSettings)
    expect(written).toEqual([])
    expect(failures).toEqual([{ code: 'no-space' }, { code: 'no-space' }, { code: 'no-space' }])
    expect(changes).toEqual(['changed', 'changed', 'changed'])
  })

  it('hands the cadence on again after the file was reloaded or restored', async () => {
    const { feature, file, changes } = await setup()
    await file.save({ ...defaultSettings, paused: true, intervalMs: 300_000 })
    feature.files[0]?.reloaded()
    expect(feature.current()).toMatchObject({ paused: true, intervalMs: 300_000 })
    expect(changes).toContain('applied {"paused":true,"intervalMs":300000} after 300000')
  })
})
