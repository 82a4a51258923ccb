import {
  createSettingsFeature,
  type Cadence,
} from '../../../../../src/main/features/settings/settings-feature'
import { defaultSettings, type Settings } from '../../../../../src/shared/settings'

function setup(saved: Settings = defaultSettings) {
  // Stands in for the monitor, which holds the cadence.
  let cadence: Cadence = { paused: saved.paused, intervalMs: saved.intervalMs }
  const written: Settings[] = []
  const changes: string[] = []
  const feature = createSettingsFeature({
    saved,
    store: { save: async (s) => void written.push(s) },
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
  })
  return { feature, written, changes }
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

  it('resolves "system" against the locale', () => {
    expect(setup().feature.lang()).toBe('en')
  })

  it('keeps working when the settings file cannot be written', async () => {
    const { feature } = setup()
    const failing = createSettingsFeature({
      saved: defaultSettings,
      store: { save: async () => Promise.reject(new Error('disk full')) },
      systemLocale: 'zh-CN',
      cadence: { get: () => ({ paused: false, intervalMs: 60_000 }), set: () => undefined },
      onChange: () => undefined,
    })
    await expect(failing.ipc.setLanguage('en')).resolves.toEqual({ ok: true })
    expect(failing.lang()).toBe('en')
    expect(feature.current().language).toBe('system')
  })
})
