import { checkPostalCode } from '../address/postal'
import { findRegion, regionsOf } from '../address/regions'
import { textProblems, type TextProblem } from '../address/text-checks'
import type { CardProfile } from '../profile/schema'
import { finding } from './finding'
import type { FindingId } from './finding-catalogue'
import type { Finding } from './types'

const textRule = {
  chinese: 'billing-chinese',
  'full-width': 'billing-full-width',
  spacing: 'billing-spacing',
} as const satisfies Record<TextProblem, FindingId>

function stateFindings(profile: CardProfile): { findings: Finding[]; stateCode: string | null } {
  const { country, state } = profile.billing
  if (!regionsOf(country)) return { findings: [], stateCode: null }
  if (state.trim() === '') {
    return {
      findings: [finding({ id: 'state-missing', severity: 'yellow', evidence: { country } })],
      stateCode: null,
    }
  }
  const match = findRegion(country, state)
  if (!match) {
    return {
      findings: [
        finding({
          id: 'state-unknown',
          severity: 'yellow',
          evidence: { country, state },
          params: { state: state.trim() },
        }),
      ],
      stateCode: null,
    }
  }
  const findings = match.byName
    ? [
        finding({
          id: 'state-not-code',
          severity: 'yellow',
          evidence: { state, code: match.region.code },
          params: { code: match.region.code, state: state.trim() },
        }),
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
      finding({
        id: 'postal-code-format',
        severity: 'red',
        evidence: { country, postalCode },
        params: { postalCode, country },
      }),
    )
  } else if (postal?.kind === 'region-mismatch') {
    const expected = postal.expected.join('/')
    out.push(
      finding({
        id: 'zip-state-mismatch',
        severity: 'red',
        evidence: { postalCode, state: postal.state, expected },
        params: { postalCode: postalCode.trim(), expected, state: postal.state },
      }),
    )
  }
  const fields = ['state', 'postalCode', 'city', 'line1', 'line2'] as const
  for (const problem of ['chinese', 'full-width', 'spacing'] as const) {
    const affected = fields.filter((f) => textProblems(profile.billing[f]).includes(problem))
    if (affected.length > 0) {
      out.push(
        finding({
          id: textRule[problem],
          severity: 'yellow',
          evidence: { fields: affected.join(',') },
        }),
      )
    }
  }
  return out
}
