import path from 'node:path'
import { loadSettings, type Settings } from '../shared/settings'
import { createLogger } from '../shared/logger'
import { readFileIfExists, writeFileAtomic } from './atomic-file'

const log = createLogger('settings')

/** Preferences on disk (plain JSON: they hold no card data). A broken file means defaults, not a crash. */
export function createSettingsStore(dir: string) {
  const file = path.join(dir, 'settings.json')
  return {
    async load(): Promise<Settings> {
      try {
        const raw = await readFileIfExists(file)
        return loadSettings(raw ? JSON.parse(raw.toString('utf8')) : {})
      } catch (error) {
        log.warn('settings unreadable; using defaults', { error: String(error) })
        return loadSettings({})
      }
    },
    async save(settings: Settings): Promise<void> {
      await writeFileAtomic(file, JSON.stringify(settings, null, 2))
    },
  }
}

/** The settings store's shape, for injection. */
export type SettingsStore = ReturnType<typeof createSettingsStore>
