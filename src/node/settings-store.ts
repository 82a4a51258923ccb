import { z } from 'zod'
import { createLogger } from '../shared/logger'
import { defaultSettings, loadSettings, type Settings } from '../shared/settings'
import { openKeptFile } from './kept-file'
import type { KeptFs } from './kept-fs'

/** The settings file's name in the data folder. */
export const SETTINGS_FILE = 'settings.json'

// A hand-edited field that is out of range falls back to its default one by one (loadSettings);
// only a file that is not JSON, not an object, or from a newer version is moved aside.
const settingsDocument = z.looseObject({}).transform((data) => loadSettings(data))

/**
 * Preferences on disk as a kept file (plain JSON: they hold no card data). Files written before
 * versioning have no `version` field and count as version 1.
 */
export function createSettingsStore(
  dir: string,
  options: { now?: () => number; fs?: KeptFs } = {},
) {
  return openKeptFile<Settings>({
    dir,
    name: SETTINGS_FILE,
    version: 1,
    schema: settingsDocument,
    versionOf: (data) =>
      data.version === undefined ? 1 : typeof data.version === 'number' ? data.version : null,
    toDocument: (settings) => ({ version: 1, ...settings }),
    empty: defaultSettings,
    log: createLogger('settings'),
    ...options,
  })
}

/** The settings store's shape, for injection. */
export type SettingsStore = ReturnType<typeof createSettingsStore>
