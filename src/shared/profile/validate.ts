import type { z } from 'zod'
import { bilingual, type Bilingual } from '../i18n/translate'
import { schemaKeysAt } from '../input/schema-keys'
import { suggestCountry } from '../input/suggest'
import { unknownKeyMessage } from '../input/unknown-key'
import { binPolicyProblem } from './bin-policy'
import { isSecurityCodeField } from './card-input'
import { cardNumberProblems, type FieldOrder } from './card-number-scan'
import { maskCardNumbers } from './card-text-scan'
import { profileSchema, type CardProfile } from './schema'

/** One reason a profile was refused, with the field it concerns and a message in both languages. */
export interface ProfileError {
  readonly path: string
  readonly code: string
  readonly message: Bilingual
}

/** The outcome of validating untrusted profile input. */
export type ProfileValidation =
  | { readonly ok: true; readonly profile: CardProfile }
  | { readonly ok: false; readonly errors: readonly ProfileError[] }

const MAX_JSON_CHARS = 20_000

/** Why a profile was refused; each code has its message `profile.error.<code>`. */
export const profileErrorCodes = [
  'full-card-number',
  'split-card-number',
  'bin-too-long',
  'bin-too-long-for-brand',
  'security-code',
  'too-large',
  'bin-format',
  'last4-format',
  'unknown-country',
  'country-missing',
  'too-long',
  'control-characters',
  'unknown-field',
  'wrong-type',
  'invalid',
  'too-many',
  'empty',
  'save-failed',
] as const
/** See {@link profileErrorCodes}. */
export type ProfileErrorCode = (typeof profileErrorCodes)[number]

/** Fields an error message names (`profile.field.<path>`); other paths get the bare problem. */
export const namedProfileFields = [
  'card.bin',
  'card.last4',
  'card.issuingCountry',
  'card.expiryMonth',
  'card.expiryYear',
  'billing.country',
  'billing.state',
  'billing.postalCode',
  'billing.city',
  'billing.line1',
  'label',
] as const
type NamedField = (typeof namedProfileFields)[number]

const isCode = (value: string): value is ProfileErrorCode =>
  (profileErrorCodes as readonly string[]).includes(value)
const isNamedField = (path: string): path is NamedField =>
  (namedProfileFields as readonly string[]).includes(path)

/** The order a profile's fields are stored and shown in: the schema's, at every level. */
export const profileFieldOrder: FieldOrder = (path) => schemaKeysAt(profileSchema, path)

// An error quotes the input (a path made of its keys): a card number there is masked.
const masked = (error: ProfileError): ProfileError => ({
  ...error,
  path: maskCardNumbers(error.path),
  message: { zh: maskCardNumbers(error.message.zh), en: maskCardNumbers(error.message.en) },
})

/** At most this many errors are explained; a payload of thousands of unknown keys gets the first. */
const MAX_ERRORS = 20

/** A profile error with its message from the tables, naming the field when it has a name. */
export function profileError(path: string, code: ProfileErrorCode): ProfileError {
  const problem = `profile.error.${code}` as const
  const message = isNamedField(path)
    ? bilingual('profile.error.onField', {
        field: { message: `profile.field.${path}` },
        problem: { message: problem },
      })
    : bilingual(problem)
  return { path, code, message }
}

function scanRaw(value: unknown, path: string, errors: ProfileError[], depth = 0): void {
  if (depth > 6) return
  if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      const childPath = path ? `${path}.${key}` : key
      if (isSecurityCodeField(key)) errors.push(profileError(childPath, 'security-code'))
      else scanRaw(child, childPath, errors, depth + 1)
    }
  }
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined
    value = (value as Record<PropertyKey, unknown>)[key]
  }
  return value
}

// A wrong country code that names a country anyway (`UK`, `China`) gets the code it meant.
function withCountryHint(error: ProfileError, value: unknown): ProfileError {
  const suggestion = suggestCountry(value)
  if (!suggestion) return error
  const hint = bilingual('profile.error.countrySuggest', { suggestion })
  return { ...error, message: { zh: error.message.zh + hint.zh, en: error.message.en + hint.en } }
}

function describe(issue: z.core.$ZodIssue, input: unknown): ProfileError[] {
  const path = issue.path.map(String).join('.')
  if (issue.code === 'unrecognized_keys') {
    const known = schemaKeysAt(profileSchema, issue.path)
    return issue.keys.slice(0, MAX_ERRORS).map((key) => ({
      path: path ? `${path}.${key}` : key,
      code: 'unknown-field',
      message: unknownKeyMessage(path, key, known),
    }))
  }
  const code: ProfileErrorCode =
    issue.code === 'invalid_type' ? 'wrong-type' : isCode(issue.message) ? issue.message : 'invalid'
  const value = valueAt(input, issue.path)
  if (code === 'unknown-country' && (value === undefined || value === '') && isNamedField(path)) {
    const field = { message: `profile.field.${path}` } as const
    return [
      { path, code: 'country-missing', message: bilingual('profile.error.choose', { field }) },
    ]
  }
  const error = profileError(path, code)
  return [code === 'unknown-country' ? withCountryHint(error, valueAt(input, issue.path)) : error]
}

/**
 * Validates a profile from an untrusted source (the renderer, an import file). Refuses full card
 * numbers anywhere and any security-code field before looking at the shape, then explains every
 * problem per field in both languages.
 */
export function validateProfile(input: unknown): ProfileValidation {
  const result = validateUnmasked(input)
  return result.ok ? result : { ok: false, errors: result.errors.slice(0, MAX_ERRORS).map(masked) }
}

function validateUnmasked(input: unknown): ProfileValidation {
  let size: number
  try {
    size = JSON.stringify(input ?? null).length
  } catch {
    size = Infinity
  }
  if (size > MAX_JSON_CHARS)
    return {
      ok: false,
      errors: [profileError('', 'too-large')],
    }
  const errors: ProfileError[] = cardNumberProblems(input, profileFieldOrder).map((p) =>
    profileError(p.path, p.code),
  )
  scanRaw(input, '', errors)
  if (errors.length > 0) return { ok: false, errors }
  const parsed = profileSchema.safeParse(input)
  if (!parsed.success)
    return { ok: false, errors: parsed.error.issues.flatMap((i) => describe(i, input)) }
  const binProblem = binPolicyProblem(parsed.data.card)
  if (binProblem) return { ok: false, errors: [profileError(binProblem.path, binProblem.code)] }
  return { ok: true, profile: parsed.data }
}
