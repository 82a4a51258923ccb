import { z } from 'zod'
import { createLogger } from '../shared/util/logger'
import {
  defaultSettings,
  loadSettings,
  migrateSettingsV1,
  unreadableSettings,
  type Settings,
} from '../shared/contract/settings'
import { openKeptFile } from './kept-file'
import type { KeptFs } from './kept-fs'

/** The settings file's name in the data folder. */
export const SETTINGS_FILE = 'settings.json'

// A field that cannot be read (a bad byte, out of range) falls back to its default one by one
// (loadSettings), and the file as it was is moved aside and listed, so the loss is never silent;
// a file that is not JSON, not an object, or from a newer version is moved aside whole.
const settingsDocument = z.looseObject({}).transform((data) => loadSettings(data))

/**
 * Preferences on disk as a kept file (plain JSON: they hold no card data). Files written before
 * versioning have no `version` field and count as version 1; version 2 records whether the alert
 * level was chosen (`migrateSettingsV1`).
 */
export function createSettingsStore(
  dir: string,
  options: { now?: () => number; fs?: KeptFs } = {},
) {
  return openKeptFile<Settings>({
    dir,
    name: SETTINGS_FILE,
    version: 2,
    migrations: { 1: migrateSettingsV1 },
    schema: settingsDocument,
    versionOf: (data) =>
      data.version === undefined ? 1 : typeof data.version === 'number' ? data.version : null,
    toDocument: (settings) => ({ version: 2, ...settings }),
    unreadableParts: unreadableSettings,
    empty: defaultSettings,
    log: createLogger('settings'),
    ...options,
  })
}

/** The settings store's shape, for injection. */
export type SettingsStore = ReturnType<typeof createSettingsStore>
