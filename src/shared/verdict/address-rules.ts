import { checkPostalCode } from '../address/postal'
import { findRegion, regionsOf } from '../address/regions'
import { textProblems, type TextProblem } from '../address/text-checks'
import type { CardProfile } from '../profile/schema'
import { finding } from './finding'
import type { Finding } from './types'

const textRule: Record<TextProblem, { id: string; zh: string; en: string }> = {
  chinese: {
    id: 'billing-chinese',
    zh: '账单地址里有中文字符：请用发卡机构登记的英文/拼音地址',
    en: 'The billing address contains Chinese characters: use the Latin-script address your issuer has on file',
  },
  'full-width': {
    id: 'billing-full-width',
    zh: '账单地址里有全角字符（中文输入法）：请改成半角',
    en: 'The billing address contains full-width characters from a Chinese input method: retype them half-width',
  },
  spacing: {
    id: 'billing-spacing',
    zh: '账单地址里有首尾空格或连续空格',
    en: 'The billing address has leading, trailing or double spaces',
  },
}

function stateFindings(profile: CardProfile): { findings: Finding[]; stateCode: string | null } {
  const { country, state } = profile.billing
  if (!regionsOf(country)) return { findings: [], stateCode: null }
  if (state.trim() === '') {
    return {
      findings: [
        finding(
          'state-missing',
          'yellow',
          { country },
          '美国/加拿大地址需要填写州/省',
          'US and Canadian addresses need a state or province',
          'billing-address',
        ),
      ],
      stateCode: null,
    }
  }
  const match = findRegion(country, state)
  if (!match) {
    return {
      findings: [
        finding(
          'state-unknown',
          'yellow',
          { country, state },
          `“${state.trim()}”不是已知的州/省`,
          `“${state.trim()}” is not a known state or province`,
          'billing-address',
        ),
      ],
      stateCode: null,
    }
  }
  const findings = match.byName
    ? [
        finding(
          'state-not-code',
          'yellow',
          { state, code: match.region.code },
          `州/省请填代码 ${match.region.code}，而不是名称“${state.trim()}”`,
          `Enter the state code ${match.region.code}, not the name “${state.trim()}”`,
          'billing-address',
        ),
      ]
    : []
  return { findings, stateCode: match.region.code }
}

/** Rules about the billing address as typed: postal code, state, and characters the issuer may reject. */
export function addressFindings(profile: CardProfile): Finding[] {
  const { country, postalCode } = profile.billing
  const { findings: out, stateCode } = stateFindings(profile)
  const postal = checkPostalCode(country, postalCode, stateCode)
  if (postal?.kind === 'format') {
    out.push(
      finding(
        'postal-code-format',
        'red',
        { country, postalCode },
        `邮编“${postalCode}”不符合${country}的格式`,
        `The postal code “${postalCode}” does not fit the format of ${country}`,
        'billing-address',
      ),
    )
  } else if (postal?.kind === 'region-mismatch') {
    const expected = postal.expected.join('/')
    out.push(
      finding(
        'zip-state-mismatch',
        'red',
        { postalCode, state: postal.state, expected },
        `邮编 ${postalCode.trim()} 属于 ${expected}，不是 ${postal.state}：Zip Code 与 State 必须匹配`,
        `The ZIP/postal code ${postalCode.trim()} belongs to ${expected}, not ${postal.state}: they must match`,
        'billing-address',
      ),
    )
  }
  const fields = ['state', 'postalCode', 'city', 'line1', 'line2'] as const
  for (const problem of ['chinese', 'full-width', 'spacing'] as const) {
    const affected = fields.filter((f) => textProblems(profile.billing[f]).includes(problem))
    if (affected.length > 0) {
      const rule = textRule[problem]
      out.push(
        finding(
          rule.id,
          'yellow',
          { fields: affected.join(',') },
          rule.zh,
          rule.en,
          'billing-address',
        ),
      )
    }
  }
  return out
}
