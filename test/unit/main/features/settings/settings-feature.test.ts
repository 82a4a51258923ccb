import {
  createSettingsFeature,
  type Cadence,
} from '../../../../../src/main/features/settings/settings-feature'
import { defaultSettings, type Settings } from '../../../../../src/shared/contract/settings'
import type { StorageError, StorageResult } from '../../../../../src/shared/storage/kept-file-types'

function setup(saved: Settings = defaultSettings, failWith: StorageError | null = null) {
  // Stands in for the monitor, which holds the cadence, and for the kept file.
  let cadence: Cadence = { paused: saved.paused, intervalMs: saved.intervalMs }
  let held = saved
  const written: Settings[] = []
  const changes: string[] = []
  const failures: StorageError[] = []
  const feature = createSettingsFeature({
    store: {
      value: () => held,
      save: async (s): Promise<StorageResult> => {
        if (failWith) return { ok: false, error: failWith }
        written.push(s)
        held = s
        return { ok: true }
      },
    },
    systemLocale: 'de-DE',
    cadence: {
      get: () => cadence,
      set: (patch) => {
        changes.push(JSON.stringify(patch))
        cadence = { ...cadence, ...patch }
      },
    },
    onChange: () => changes.push('changed'),
    onMerchantsChange: () => changes.push('merchants'),
    onSaveFailed: (error) => failures.push(error),
  })
  return { feature, written, changes, failures, setHeld: (s: Settings) => (held = s) }
}

describe('createSettingsFeature', () => {
  it('hands pause and interval to the monitor, and reads them back from it', async () => {
    const { feature, written, changes } = setup()
    await feature.ipc.updateSettings({ intervalMs: 120_000, notifications: false })
    await feature.ipc.setPaused(true)
    expect(changes).toEqual(['{"intervalMs":120000}', 'changed', '{"paused":true}', 'changed'])
    expect(feature.current()).toMatchObject({ paused: true, intervalMs: 120_000 })
    expect(written.at(-1)).toEqual(feature.current())
  })

  it('leaves the cadence alone when only other settings change', async () => {
    const { feature, changes } = setup()
    await feature.ipc.setLanguage('zh')
    expect(changes).toEqual(['changed'])
    expect(feature.lang()).toBe('zh')
  })

  it('keeps the merchant choice, saves it, and asks for a check only when it changes', async () => {
    const { feature, written, changes } = setup()
    expect(feature.current().merchants).toEqual(['openai'])
    await feature.ipc.updateSettings({ merchants: ['openai', 'anthropic'] })
    await feature.ipc.updateSettings({ merchants: ['openai', 'anthropic'], notifications: false })
    expect(changes).toEqual(['changed', 'merchants', 'changed'])
    expect(written.at(-1)?.merchants).toEqual(['openai', 'anthropic'])
  })

  it("records an alert level set through the window as the user's choice, and nothing else as one", async () => {
    const { feature, written } = setup()
    await feature.ipc.updateSettings({ notifications: false })
    expect(written.at(-1)).toMatchObject({ alertLevel: 'important', alertLevelChosen: false })
    await feature.ipc.updateSettings({ alertLevel: 'all' })
    expect(written.at(-1)).toMatchObject({ alertLevel: 'all', alertLevelChosen: true })
  })

  it('resolves "system" against the locale', () => {
    expect(setup().feature.lang()).toBe('en')
  })

  it('changes nothing, in the app or on disk, and never answers ok, when the settings file cannot be written', async () => {
    const { feature, written, failures, changes } = setup(defaultSettings, { code: 'no-space' })
    const refused = { ok: false, error: { code: 'no-space' } }
    await expect(feature.ipc.setLanguage('en')).resolves.toEqual(refused)
    await expect(feature.ipc.setPaused(true)).resolves.toEqual(refused)
    await expect(feature.ipc.updateSettings({ crossCheck: false })).resolves.toEqual(refused)
    expect(feature.current()).toEqual(defaultSettings)
    expect(written).toEqual([])
    expect(failures).toEqual([{ code: 'no-space' }, { code: 'no-space' }, { code: 'no-space' }])
    expect(changes).toEqual(['changed', 'changed', 'changed'])
  })

  it('takes the cadence from the file again after it was reloaded or restored', () => {
    const { feature, setHeld } = setup()
    setHeld({ ...defaultSettings, paused: true, intervalMs: 300_000 })
    feature.reloaded()
    expect(feature.current()).toMatchObject({ paused: true, intervalMs: 300_000 })
  })
})
