import type { GuideMessageKey } from '../i18n/messages/guide.zh'

/** How far a kind of card supports something; the UI turns it into a word and a colour. */
export type Support = 'yes' | 'usually' | 'varies' | 'rarely' | 'no'

/** Message key of each support level, so every cell is translated the same way. */
export const supportLabelKey: Readonly<Record<Support, GuideMessageKey>> = {
  yes: 'guide.support.yes',
  usually: 'guide.support.usually',
  varies: 'guide.support.varies',
  rarely: 'guide.support.rarely',
  no: 'guide.support.no',
}

/** The kinds of card compared in the guide's table. */
export type CardKind =
  'credit' | 'debit' | 'prepaid' | 'virtual-issuer' | 'virtual-provider' | 'gift'

/** One row of the comparison: facts as values, wording as keys. */
export interface CardTypeRow {
  readonly kind: CardKind
  readonly labelKey: GuideMessageKey
  readonly accepted: Support
  readonly intlOnline: Support
  readonly usd: Support
  readonly recurring: Support
  readonly issuesKey: GuideMessageKey
}

/** Column order and headers, shared by the window's table and any text rendering. */
export const cardTypeColumns = [
  { id: 'type', labelKey: 'guide.column.type' },
  { id: 'accepted', labelKey: 'guide.column.accepted' },
  { id: 'intlOnline', labelKey: 'guide.column.intlOnline' },
  { id: 'usd', labelKey: 'guide.column.usd' },
  { id: 'recurring', labelKey: 'guide.column.recurring' },
  { id: 'issues', labelKey: 'guide.column.issues' },
] as const satisfies readonly { id: string; labelKey: GuideMessageKey }[]

const row = (
  kind: CardKind,
  accepted: Support,
  intlOnline: Support,
  usd: Support,
  recurring: Support,
): CardTypeRow => ({
  kind,
  labelKey: `guide.card.${kind}`,
  accepted,
  intlOnline,
  usd,
  recurring,
  issuesKey: `guide.card.${kind}.issues`,
})

/** §2: prepaid and gift cards are not accepted (OpenAI help centre); the rest depends on the card. */
export const cardTypeRows: readonly CardTypeRow[] = [
  row('credit', 'yes', 'usually', 'usually', 'yes'),
  row('debit', 'yes', 'varies', 'varies', 'varies'),
  row('prepaid', 'no', 'varies', 'varies', 'rarely'),
  row('virtual-issuer', 'yes', 'varies', 'varies', 'varies'),
  row('virtual-provider', 'varies', 'usually', 'usually', 'varies'),
  row('gift', 'no', 'rarely', 'varies', 'no'),
]
