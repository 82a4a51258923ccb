import { brandLabel } from '../profile/brand-label'
import { assertNever } from '../util/assert-never'
import { comparisonRows, type ComparisonRow } from '../view/comparison'
import type { Lang } from '../geo/country'
import { verdictHeadline } from '../view/headline'
import { translate, type MessageKey } from '../i18n/translate'
import type { Observation } from '../monitor/observation'
import { activeProfile } from '../profile/active-profile'
import { capabilityNames } from '../profile/profile-fields'
import type { CardProfile, ProfileBook } from '../profile/schema'
import type { Verdict } from '../verdict/types'
import { networkStepEvidence } from './network-evidence'
import type { ChecklistStep } from './step-ids'

/** What the checklist's automatic steps are judged on: the live state the window already holds. */
export interface EvidenceInput {
  readonly verdict: Verdict
  readonly observation: Observation | null
  readonly book: ProfileBook | null
}

const answerKey = (value: boolean | null): MessageKey =>
  value === null ? 'evidence.undeclared' : value ? 'evidence.yes' : 'evidence.no'

function cardLines(profile: CardProfile, lang: Lang): string[] {
  const { card } = profile
  return [
    translate(lang, 'evidence.card', {
      bin: card.bin,
      brand: card.brand ? brandLabel(card.brand) : translate(lang, 'evidence.undeclared'),
      country: { country: card.issuingCountry },
    }),
  ]
}

function statusLines(profile: CardProfile, lang: Lang): string[] {
  const { expiryMonth: month, expiryYear: year } = profile.card
  const expiry =
    month === null || year === null
      ? translate(lang, 'evidence.expiry-missing')
      : translate(lang, 'evidence.expiry', { month: String(month).padStart(2, '0'), year })
  return [
    expiry,
    ...capabilityNames.map((name) =>
      translate(lang, 'evidence.capability', {
        capability: { message: `capability.${name}` },
        answer: { message: answerKey(profile.capabilities[name]) },
      }),
    ),
  ]
}

function billingLines(profile: CardProfile, lang: Lang): string[] {
  const { billing } = profile
  const orUnset = (value: string) => value.trim() || translate(lang, 'evidence.undeclared')
  return [
    translate(lang, 'evidence.billing', {
      country: { country: billing.country },
      state: orUnset(billing.state),
      postal: orUnset(billing.postalCode),
    }),
  ]
}

function comparisonLine(row: ComparisonRow, lang: Lang): string {
  switch (row.kind) {
    case 'billing':
      return translate(lang, 'evidence.billing-country', {
        name: { message: 'compare.billing' },
        country: { country: row.country },
      })
    case 'card':
    case 'network': {
      const name =
        row.kind === 'card'
          ? translate(lang, 'compare.card')
          : `${translate(lang, 'compare.network')} · ${translate(lang, `route.short.${row.route}`)}`
      return translate(lang, 'evidence.compare', {
        name,
        country: { country: row.country },
        mark: { message: `compare.${row.mark}` },
      })
    }
    default:
      return assertNever(row)
  }
}

/**
 * The live facts behind each automatic step, in the reader's language: what the card profile says,
 * which exits were seen and how they compare. Manual steps and missing data give no lines (the
 * step's status and findings say why).
 */
export function stepEvidence(step: ChecklistStep, input: EvidenceInput, lang: Lang): string[] {
  const profile = input.book ? activeProfile(input.book) : null
  switch (step) {
    case 'card-profile':
      return profile ? cardLines(profile, lang) : []
    case 'network-exit':
      return networkStepEvidence(input.observation, lang)
    case 'card-types':
      return profile
        ? [
            translate(lang, 'evidence.funding', {
              funding: { message: `funding.${profile.card.funding}` },
            }),
          ]
        : []
    case 'card-status':
      return profile ? statusLines(profile, lang) : []
    case 'billing-address':
      return profile ? billingLines(profile, lang) : []
    case 'vpn-region': {
      const rows = input.book ? comparisonRows(input.book, input.observation) : null
      return rows ? rows.map((row) => comparisonLine(row, lang)) : []
    }
    case 'pre-check':
      return [translate(lang, 'evidence.light', { light: verdictHeadline(input.verdict, lang) })]
    case 'clear-cache':
    case 'wait-risk':
      return []
    default:
      return assertNever(step)
  }
}
