import { createSettingsStore } from '../src/node/settings-store'
import { defaultSettings, type Settings } from '../src/shared/contract/settings'

/** The real settings file in a bench's temp folder, seeded with the settings the bench needs. */
export async function seededSettings(dir: string, patch: Partial<Settings>) {
  const store = createSettingsStore(dir)
  const result = await store.save({ ...defaultSettings, ...patch })
  if (!result.ok) throw new Error(`could not seed the bench's settings: ${result.error.code}`)
  return store
}
