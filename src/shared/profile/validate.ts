import type { z } from 'zod'
import type { Bilingual } from '../verdict/types'
import { binPolicyProblem } from './bin-policy'
import { isSecurityCodeField } from './card-input'
import { cardNumberProblems } from './card-number-scan'
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

const fieldNames: Record<string, Bilingual> = {
  'card.bin': { zh: '卡号前 6–8 位（BIN）', en: 'BIN (first 6–8 digits)' },
  'card.last4': { zh: '卡号后 4 位', en: 'last 4 digits' },
  'card.issuingCountry': { zh: '发卡国家', en: 'issuing country' },
  'card.expiryMonth': { zh: '有效期月份', en: 'expiry month' },
  'card.expiryYear': { zh: '有效期年份', en: 'expiry year' },
  'billing.country': { zh: '账单国家', en: 'billing country' },
  'billing.state': { zh: '州/省', en: 'state/province' },
  'billing.postalCode': { zh: '邮编', en: 'postal code' },
  'billing.city': { zh: '城市', en: 'city' },
  'billing.line1': { zh: '地址', en: 'address line' },
  label: { zh: '名称', en: 'name' },
}

const messages: Record<string, Bilingual> = {
  'security-code': {
    zh: 'PayLight 从不接收安全码（CVC/CVV）',
    en: 'PayLight never accepts a security code (CVC/CVV)',
  },
  'too-large': { zh: '资料太大，已拒绝', en: 'The profile is too large and was refused' },
  'bin-format': { zh: '需要 6–8 位数字', en: 'needs 6–8 digits' },
  'last4-format': { zh: '需要正好 4 位数字', en: 'needs exactly 4 digits' },
  'unknown-country': { zh: '不是已知的国家/地区代码', en: 'is not a known country code' },
  'too-long': { zh: '太长了', en: 'is too long' },
  'control-characters': { zh: '含有不可见的控制字符', en: 'contains invisible control characters' },
  'unknown-field': { zh: '含有 PayLight 不认识的字段', en: 'has a field PayLight does not know' },
  'wrong-type': { zh: '类型不对', en: 'has the wrong type' },
  invalid: { zh: '无效', en: 'is invalid' },
}

function scanRaw(value: unknown, path: string, errors: ProfileError[], depth = 0): void {
  if (depth > 6) return
  if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      const childPath = path ? `${path}.${key}` : key
      if (isSecurityCodeField(key))
        errors.push({
          path: childPath,
          code: 'security-code',
          message: messages['security-code'] as Bilingual,
        })
      else scanRaw(child, childPath, errors, depth + 1)
    }
  }
}

function describe(issue: z.core.$ZodIssue): ProfileError {
  const path = issue.path.map(String).join('.')
  const code =
    issue.code === 'unrecognized_keys'
      ? 'unknown-field'
      : issue.code === 'invalid_type'
        ? 'wrong-type'
        : issue.code === 'custom' || messages[issue.message]
          ? issue.message
          : 'invalid'
  const base = messages[code] ?? (messages['invalid'] as Bilingual)
  const field = fieldNames[path]
  return {
    path,
    code,
    message: field ? { zh: `${field.zh}${base.zh}`, en: `The ${field.en} ${base.en}` } : base,
  }
}

/**
 * Validates a profile from an untrusted source (the renderer, an import file). Refuses full card
 * numbers anywhere and any security-code field before looking at the shape, then explains every
 * problem per field in both languages.
 */
export function validateProfile(input: unknown): ProfileValidation {
  let size: number
  try {
    size = JSON.stringify(input ?? null).length
  } catch {
    size = Infinity
  }
  if (size > MAX_JSON_CHARS)
    return {
      ok: false,
      errors: [{ path: '', code: 'too-large', message: messages['too-large'] as Bilingual }],
    }
  const errors: ProfileError[] = [...cardNumberProblems(input)]
  scanRaw(input, '', errors)
  if (errors.length > 0) return { ok: false, errors }
  const parsed = profileSchema.safeParse(input)
  if (!parsed.success) return { ok: false, errors: parsed.error.issues.map(describe) }
  const binProblem = binPolicyProblem(parsed.data.card)
  if (binProblem) return { ok: false, errors: [binProblem] }
  return { ok: true, profile: parsed.data }
}
