import type { z } from 'zod'
import { bilingual, type Bilingual } from '../i18n/translate'
import { schemaKeysAt } from './schema-keys'
import { suggestKey } from './suggest'

const join = (parent: string, key: string): string => (parent ? `${parent}.${key}` : key)

/** How many unknown keys one refusal explains: the first few say what is wrong; thousands cost time. */
export const MAX_EXPLAINED_KEYS = 10

/**
 * Why an unknown field was refused and how to fix it: the nearest known field (`billing.postal`
 * → `billing.postalCode`), else the fields that are allowed there.
 */
export function unknownKeyMessage(
  parent: string,
  key: string,
  known: readonly string[],
): Bilingual {
  const suggestion = suggestKey(key, known)
  return suggestion
    ? bilingual('profile.error.unknownKeySuggest', {
        key: join(parent, key),
        suggestion: join(parent, suggestion),
      })
    : bilingual('profile.error.unknownKey', { key: join(parent, key), known: known.join(', ') })
}

function parentOf(input: unknown, path: readonly PropertyKey[]): Record<string, unknown> | null {
  let value = input
  for (const key of path) {
    if (value === null || typeof value !== 'object') return null
    value = (value as Record<PropertyKey, unknown>)[key]
  }
  return value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : null
}

// A required field that is missing while a look-alike sits beside it (`checked_at` for `checkedAt`).
function missingFieldHint(
  issue: z.core.$ZodIssue,
  schema: z.ZodType,
  input: unknown,
): Bilingual | null {
  const field = issue.path.at(-1)
  if (issue.code !== 'invalid_type' || typeof field !== 'string') return null
  const parentPath = issue.path.slice(0, -1)
  const parent = parentOf(input, parentPath)
  if (!parent || Object.hasOwn(parent, field)) return null
  const known = new Set(schemaKeysAt(schema, parentPath))
  const typed = Object.keys(parent)
    .slice(0, 100)
    .find((k) => !known.has(k) && suggestKey(k, [field]) === field)
  if (typed === undefined) return null
  return unknownKeyMessage(parentPath.map(String).join('.'), typed, [field])
}

/**
 * A schema issue as lines of a file error, in both languages where PayLight can say more: unknown
 * keys name the key and the fix, a missing field names the look-alike that was typed instead.
 */
export function issueLines(issue: z.core.$ZodIssue, schema: z.ZodType, input?: unknown): string[] {
  const path = issue.path.map(String).join('.')
  if (issue.code !== 'unrecognized_keys') {
    const hint = missingFieldHint(issue, schema, input)
    return [`${path || '(root)'}: ${issue.message}${hint ? ` (${hint.en} / ${hint.zh})` : ''}`]
  }
  const known = schemaKeysAt(schema, issue.path)
  return issue.keys.slice(0, MAX_EXPLAINED_KEYS).map((key) => {
    const message = unknownKeyMessage(path, key, known)
    return `${join(path, key)}: ${message.en} / ${message.zh}`
  })
}
