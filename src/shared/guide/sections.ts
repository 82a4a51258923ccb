import { declineEntryIds, type DeclineEntryId } from '../declines/entries'
import type { GuideLinkId } from './links'
import type { GuideMessageKey } from '../i18n/messages/guide.zh'
import type { ChecklistStep } from '../checklist/step-ids'

/** A question and its answer. */
export interface FaqItem {
  readonly questionKey: GuideMessageKey
  readonly answerKey: GuideMessageKey
}

/** What a section shows; the window renders each kind its own way (switch with assertNever). */
export type SectionBody =
  | { readonly kind: 'points'; readonly points: readonly GuideMessageKey[] }
  | { readonly kind: 'card-table'; readonly introKey: GuideMessageKey }
  | {
      readonly kind: 'decline-entries'
      readonly introKey: GuideMessageKey
      readonly entries: readonly DeclineEntryId[]
    }
  | { readonly kind: 'faq'; readonly items: readonly FaqItem[] }
  | {
      /** Points read beside the live three-way comparison (the window shows the real countries). */
      readonly kind: 'compared-points'
      readonly points: readonly GuideMessageKey[]
      readonly liveKey: GuideMessageKey
      readonly noProfileKey: GuideMessageKey
    }

/** The guide's sections beyond the checklist, in reading order. */
export type GuideSectionId =
  | 'card-types'
  | 'errors'
  | 'virtual-cards'
  | 'confirm-added'
  | 'risk-check'
  | 'recovery'
  | 'keep-stable'
  | 'faq'

/** One section of the guide, with the steps and help pages it sends the user to. */
export interface GuideSection {
  readonly id: GuideSectionId
  readonly titleKey: GuideMessageKey
  readonly body: SectionBody
  readonly steps: readonly ChecklistStep[]
  readonly links: readonly GuideLinkId[]
}

/** The guide beyond the checklist: §2, §4–§8, §10 and the FAQ (without the dropped question). */
export const guideSections: readonly GuideSection[] = [
  {
    id: 'card-types',
    titleKey: 'guide.section.card-types',
    body: { kind: 'card-table', introKey: 'guide.cardTypes.intro' },
    steps: ['card-types', 'card-status'],
    links: ['openai-card-declined'],
  },
  {
    id: 'errors',
    titleKey: 'guide.section.errors',
    body: { kind: 'decline-entries', introKey: 'guide.errors.intro', entries: declineEntryIds },
    steps: [],
    links: ['openai-card-declined', 'stripe-decline-codes'],
  },
  {
    id: 'virtual-cards',
    titleKey: 'guide.section.virtual-cards',
    body: {
      kind: 'points',
      points: [
        'guide.virtual.funding',
        'guide.virtual.usd',
        'guide.virtual.address',
        'guide.virtual.identity',
        'guide.virtual.steady',
        'guide.virtual.support',
      ],
    },
    steps: ['card-types', 'billing-address', 'vpn-region'],
    links: [],
  },
  {
    id: 'confirm-added',
    titleKey: 'guide.section.confirm-added',
    body: {
      kind: 'points',
      points: [
        'guide.confirm.listed',
        'guide.confirm.hold',
        'guide.confirm.missing',
        'guide.confirm.thenPay',
      ],
    },
    steps: ['card-status'],
    links: [],
  },
  {
    id: 'risk-check',
    titleKey: 'guide.section.risk-check',
    body: {
      kind: 'compared-points',
      liveKey: 'guide.risk.live',
      noProfileKey: 'guide.risk.noProfile',
      points: [
        'guide.risk.plain',
        'guide.risk.example',
        'guide.risk.signals',
        'guide.risk.mismatch',
        'guide.risk.issuerChecks',
        'guide.risk.velocity',
        'guide.risk.purpose',
      ],
    },
    steps: ['vpn-region', 'pre-check'],
    links: ['openai-chatgpt-countries'],
  },
  {
    id: 'recovery',
    titleKey: 'guide.section.recovery',
    body: {
      kind: 'points',
      points: [
        'guide.recovery.stop',
        'guide.recovery.remove',
        'guide.recovery.clear',
        'guide.recovery.addOnce',
        'guide.recovery.wait',
        'guide.recovery.noMany',
      ],
    },
    steps: ['clear-cache', 'wait-risk'],
    links: ['openai-card-declined'],
  },
  {
    id: 'keep-stable',
    titleKey: 'guide.section.keep-stable',
    body: {
      kind: 'points',
      points: [
        'guide.stable.sameSetup',
        'guide.stable.address',
        'guide.stable.expiry',
        'guide.stable.alerts',
        'guide.stable.lookFirst',
      ],
    },
    steps: ['pre-check'],
    links: [],
  },
  {
    id: 'faq',
    titleKey: 'guide.section.faq',
    body: {
      kind: 'faq',
      items: (['1', '2', '3', '5', '6'] as const).map((n) => ({
        questionKey: `guide.faq.q${n}`,
        answerKey: `guide.faq.a${n}`,
      })),
    },
    steps: [],
    links: ['openai-chatgpt-countries', 'openai-api-countries', 'openai-renewal-failed'],
  },
]
