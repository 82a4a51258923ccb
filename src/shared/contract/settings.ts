import { z } from 'zod'
import { merchantChoiceSchema } from '../merchant/merchant-choice'
import { defaultMerchants } from '../merchant/watched'
import { alertLevels } from '../alerts/alert-event'
import { intervalBounds } from '../monitor/freshness'
import { MAX_EXPLAINED_KEYS, unknownKeyMessage } from '../input/unknown-key'

const patchKeys = [
  'intervalMs',
  'crossCheck',
  'notifications',
  'merchants',
  'alertLevel',
  'startAtLoginOffered',
] as const

/** The language setting: follow the system, or a fixed choice. */
export const languageSettings = ['system', 'zh', 'en'] as const
/** See {@link languageSettings}. */
export type LanguageSetting = (typeof languageSettings)[number]

/** User preferences, validated on load so a hand-edited or corrupt file cannot break start-up. */
export const settingsSchema = z.object({
  language: z.enum(languageSettings).default('system'),
  intervalMs: z
    .number()
    .int()
    .min(intervalBounds.min)
    .max(intervalBounds.max)
    .default(intervalBounds.default),
  paused: z.boolean().default(false),
  /** Ask an online service for each new exit IP's country (sends that IP to the service). */
  crossCheck: z.boolean().default(true),
  /** Desktop notices on or off; `alertLevel` says which ones when on. */
  notifications: z.boolean().default(true),
  /** The merchants whose edges, payment hosts and regions are checked; OpenAI by default. */
  merchants: merchantChoiceSchema.default(defaultMerchants),
  /**
   * Every IP change, country or light changes only (the default: a load-balanced node changes IP
   * all the time and says nothing new), or nothing.
   */
  alertLevel: z.enum(alertLevels).default('important'),
  /** Whether the user chose the alert level; until then it follows the default. */
  alertLevelChosen: z.boolean().default(false),
  /** The window has offered start-at-login once (accepted or dismissed): it is not offered again. */
  startAtLoginOffered: z.boolean().default(false),
})

/** See {@link settingsSchema}. */
export type Settings = z.infer<typeof settingsSchema>

/** Defaults, the same as an empty settings file. */
export const defaultSettings: Settings = settingsSchema.parse({})

/** The stored settings that are there but cannot be read (a bad byte, a value out of range). */
export function unreadableSettings(raw: Record<string, unknown>): readonly string[] {
  return (Object.keys(settingsSchema.shape) as (keyof Settings)[]).filter(
    (key) => Object.hasOwn(raw, key) && !settingsSchema.shape[key].safeParse(raw[key]).success,
  )
}

/**
 * Reads whatever was stored; unknown or invalid fields fall back to defaults one by one. An alert
 * level the user never chose follows the default of this version, not the one it was written with.
 */
export function loadSettings(raw: unknown): Settings {
  const record = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>) : {}
  const result: Record<string, unknown> = {}
  for (const key of Object.keys(settingsSchema.shape) as (keyof Settings)[]) {
    const field = settingsSchema.shape[key].safeParse(record[key])
    if (field.success) result[key] = field.data
  }
  const settings = settingsSchema.parse(result)
  return settings.alertLevelChosen ? settings : { ...settings, alertLevel: defaultAlertLevel }
}

const defaultAlertLevel = settingsSchema.shape.alertLevel.parse(undefined)

/**
 * Settings files of version 1 wrote every field, the alert level too, so "every IP change" there
 * was the default for everyone who never opened the choice: it cannot be told from a choice and
 * follows the new default. "Country or light" and "none" were choices, and stay.
 */
export function migrateSettingsV1(data: Record<string, unknown>): Record<string, unknown> {
  const level = data['alertLevel']
  const chosen = typeof level === 'string' && level !== 'all'
  return { ...data, version: 2, alertLevelChosen: chosen }
}

/** The settings the window may change in one call (language and pause have their own channels). */
// Written out without defaults: a partial of the defaulted schema would fill every field left out
// with its default, so changing one setting would silently reset the others.
export const settingsPatchSchema = z.strictObject(
  {
    intervalMs: z.number().int().min(intervalBounds.min).max(intervalBounds.max).optional(),
    crossCheck: z.boolean().optional(),
    notifications: z.boolean().optional(),
    merchants: merchantChoiceSchema.optional(),
    alertLevel: z.enum(alertLevels).optional(),
    startAtLoginOffered: z.boolean().optional(),
  },
  {
    // An unknown setting names the nearest known one (`interval` → `intervalMs`).
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? issue.keys
            .slice(0, MAX_EXPLAINED_KEYS)
            .map((key) => unknownKeyMessage('', key, patchKeys))
            .map((m) => `${m.en} / ${m.zh}`)
            .join('; ')
        : undefined,
  },
)

/** See {@link settingsPatchSchema}. */
export type SettingsPatch = z.infer<typeof settingsPatchSchema>
