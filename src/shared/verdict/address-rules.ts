import {
  checkPostalCode,
  normalizePostalCode,
  zipStateFit,
  type PostalProblem,
} from '../address/postal'
import { postalNeed } from '../address/postal-optional'
import { findRegion, regionsOf, usRegions } from '../address/regions'
import { usTerritories } from '../address/us-territories'
import { zipNeedsRetyping } from '../address/us-zip'
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
  // A US territory given as the country is its own "state": its ZIP must be one of its own.
  if (usTerritories.has(country))
    return { findings: [], stateCode: usRegions.some((r) => r.code === country) ? country : null }
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

function postalFindings(profile: CardProfile, stateCode: string | null): Finding[] {
  const { country, postalCode } = profile.billing
  const need = postalNeed(country)
  const empty = postalCode.trim() === ''
  if (empty && need !== 'required') return []
  const postal = checkPostalCode(country, postalCode, stateCode)
  if (postal?.kind === 'format') {
    const optional = need !== 'required'
    return [
      finding({
        id: 'postal-code-format',
        severity: optional ? 'yellow' : 'red',
        evidence: { country, postalCode, required: !optional },
        params: { postalCode, country: { country: profile.billing.country } },
        ...(empty
          ? { text: 'finding.postal-code-format.missing' as const }
          : optional
            ? { text: 'finding.postal-code-format.optional' as const }
            : {}),
      }),
    ]
  }
  const out = postal?.kind === 'region-mismatch' ? [regionMismatch(profile, postal)] : []
  const us = country === 'US' || usTerritories.has(country)
  if (us && zipNeedsRetyping(postalCode)) {
    const plain = normalizePostalCode(country, postalCode)
    out.push(
      finding({
        id: 'postal-code-typing',
        severity: 'yellow',
        evidence: { typed: postalCode, postalCode: plain },
        params: { typed: postalCode.trim(), postalCode: plain },
      }),
    )
  }
  return out
}

function regionMismatch(
  profile: CardProfile,
  postal: Extract<PostalProblem, { kind: 'region-mismatch' }>,
): Finding {
  const { country, postalCode } = profile.billing
  const expected = postal.expected.join('/')
  // A ZIP whose delivery area crosses the state line can be right for an address in either state.
  const straddles = country === 'US' && zipStateFit(postalCode, postal.state) === 'straddles'
  return finding({
    id: 'zip-state-mismatch',
    severity: straddles ? 'yellow' : 'red',
    evidence: { postalCode, state: postal.state, expected, straddles },
    params: { postalCode: postalCode.trim(), expected, state: postal.state },
    ...(straddles ? { text: 'finding.zip-state-mismatch.straddles' as const } : {}),
  })
}

/** Rules about the billing address as typed: postal code, state, and characters the issuer may reject. */
export function addressFindings(profile: CardProfile): Finding[] {
  const { findings: out, stateCode } = stateFindings(profile)
  out.push(...postalFindings(profile, stateCode))
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
