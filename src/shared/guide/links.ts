import type { GuideMessageKey } from '../i18n/messages/guide.zh'

/** The merchant's and the processor's own help pages the guide and the look-up point to. */
export const guideLinkIds = [
  'openai-card-declined',
  'openai-renewal-failed',
  'openai-chatgpt-countries',
  'openai-api-countries',
  'stripe-decline-codes',
] as const

/** One link id; typed so a look-up entry cannot point at a page that is not listed. */
export type GuideLinkId = (typeof guideLinkIds)[number]

/** A help page: where it is and which message names it. */
export interface GuideLink {
  readonly id: GuideLinkId
  readonly url: string
  readonly labelKey: GuideMessageKey
}

/** The pages themselves; `https:` only, on hosts the app's link opener is expected to allow. */
export const guideLinks: Readonly<Record<GuideLinkId, GuideLink>> = {
  'openai-card-declined': {
    id: 'openai-card-declined',
    url: 'https://help.openai.com/en/articles/7232916-why-was-my-credit-card-declined',
    labelKey: 'guide.link.openai-card-declined',
  },
  'openai-renewal-failed': {
    id: 'openai-renewal-failed',
    url: 'https://help.openai.com/en/articles/7242622',
    labelKey: 'guide.link.openai-renewal-failed',
  },
  'openai-chatgpt-countries': {
    id: 'openai-chatgpt-countries',
    url: 'https://help.openai.com/en/articles/7947663-chatgpt-supported-countries',
    labelKey: 'guide.link.openai-chatgpt-countries',
  },
  'openai-api-countries': {
    id: 'openai-api-countries',
    url: 'https://help.openai.com/en/articles/5347006-openai-api-supported-countries-and-territories',
    labelKey: 'guide.link.openai-api-countries',
  },
  'stripe-decline-codes': {
    id: 'stripe-decline-codes',
    url: 'https://docs.stripe.com/declines/codes',
    labelKey: 'guide.link.stripe-decline-codes',
  },
}
