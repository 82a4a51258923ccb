import type { GuideLinkId } from '../guide/links'
import type { ChecklistStep } from '../checklist/step-ids'
import type { DeclineMessageKey } from '../i18n/messages/declines.zh'

/** The look-up's entries, one per kind of message a user meets (the rows of the decline table). */
export const declineEntryIds = [
  'card-declined',
  'card-not-supported',
  'insufficient-funds',
  'incorrect-cvc',
  'incorrect-zip',
  'incorrect-number',
  'expired-card',
  'currency-not-supported',
  'velocity-exceeded',
  'processing-error',
  'authentication-failed',
  'hard-decline',
  'region-unavailable',
  'region-unsupported-api',
  'duplicate-transaction',
  'pin-required',
  'amount-not-allowed',
  'payment-stopped',
  'merchant-blocked',
  'test-card',
] as const

/** One entry id. */
export type DeclineEntryId = (typeof declineEntryIds)[number]

/** What kind of failure an entry is, so the decline log can group and weigh it. */
export type DeclineKind =
  | 'generic'
  | 'velocity'
  | 'address'
  | 'funds'
  | 'card-type'
  | 'currency'
  | 'auth'
  | 'transient'
  | 'region'
  | 'hard'
  | 'input-error'

/**
 * Which kinds count toward the cool-down: a refusal by the issuer or the risk check (generic, card
 * type, currency, funds, bank verification, too many attempts, lost/stolen, blocked) is what the
 * guide's "stop for 24 hours" waits out. An input error (number, expiry, security code, postal code
 * or address as typed, a test card) is fixed by retyping, not by waiting; a transient error and a
 * region block tried no card. The decline log keeps every one either way.
 */
export const countsByKind: Readonly<Record<DeclineKind, boolean>> = {
  generic: true,
  velocity: true,
  funds: true,
  'card-type': true,
  currency: true,
  auth: true,
  hard: true,
  address: false,
  'input-error': false,
  transient: false,
  region: false,
}

/** One entry: language-free structure that points at message keys, steps and help pages. */
export interface DeclineEntry {
  readonly id: DeclineEntryId
  readonly declineKind: DeclineKind
  /** Whether it adds to the cool-down count: its kind's rule ({@link countsByKind}). */
  readonly countsTowardCooldown: boolean
  readonly codes: readonly string[]
  readonly titleKey: DeclineMessageKey
  readonly causeKey: DeclineMessageKey
  readonly doNowKeys: readonly DeclineMessageKey[]
  readonly dontKeys: readonly DeclineMessageKey[]
  readonly steps: readonly ChecklistStep[]
  readonly links: readonly GuideLinkId[]
}

type Shape = Omit<DeclineEntry, 'id' | 'titleKey' | 'causeKey' | 'countsTowardCooldown'>

const retryNow: DeclineMessageKey = 'decline.dont.retryNow'

/** All entries, keyed by id; the keys of the message tables follow `decline.<id>.…`. */
const shapes: Readonly<Record<DeclineEntryId, Shape>> = {
  'card-declined': {
    declineKind: 'generic',
    codes: [
      'generic_decline',
      'do_not_honor',
      'transaction_not_allowed',
      'call_issuer',
      'do_not_try_again',
      'fraudulent',
      'no_action_taken',
      'not_permitted',
      'security_violation',
      'service_not_allowed',
    ],
    doNowKeys: ['decline.card-declined.do.check', 'decline.card-declined.do.issuer'],
    dontKeys: [retryNow, 'decline.dont.switchNow'],
    steps: ['card-status', 'billing-address', 'vpn-region', 'wait-risk', 'pre-check'],
    links: ['openai-card-declined'],
  },
  'card-not-supported': {
    declineKind: 'card-type',
    codes: ['card_not_supported'],
    doNowKeys: [
      'decline.card-not-supported.do.issuer',
      'decline.card-not-supported.do.mcc',
      'decline.card-not-supported.do.card',
    ],
    dontKeys: [retryNow, 'decline.card-not-supported.dont.prepaid'],
    steps: ['card-types', 'card-status'],
    links: ['openai-card-declined'],
  },
  'insufficient-funds': {
    declineKind: 'funds',
    codes: ['insufficient_funds'],
    doNowKeys: ['decline.insufficient-funds.do.topUp'],
    dontKeys: ['decline.insufficient-funds.dont.loop'],
    steps: ['card-status'],
    links: [],
  },
  'incorrect-cvc': {
    declineKind: 'input-error',
    codes: ['incorrect_cvc', 'invalid_cvc'],
    doNowKeys: ['decline.incorrect-cvc.do.reenter'],
    dontKeys: ['decline.incorrect-cvc.dont.guess'],
    steps: ['card-status'],
    links: [],
  },
  'incorrect-zip': {
    declineKind: 'address',
    codes: ['incorrect_zip'],
    doNowKeys: ['decline.incorrect-zip.do.address'],
    dontKeys: [retryNow, 'decline.incorrect-zip.dont.invent'],
    steps: ['billing-address'],
    links: ['openai-card-declined'],
  },
  'incorrect-number': {
    declineKind: 'input-error',
    codes: ['incorrect_number', 'invalid_number'],
    doNowKeys: ['decline.incorrect-number.do.reenter'],
    dontKeys: ['decline.incorrect-number.dont.share'],
    steps: ['card-status'],
    links: [],
  },
  'expired-card': {
    declineKind: 'input-error',
    codes: ['expired_card', 'invalid_expiry_month', 'invalid_expiry_year'],
    doNowKeys: ['decline.expired-card.do.date'],
    dontKeys: ['decline.expired-card.dont.loop'],
    steps: ['card-status'],
    links: [],
  },
  'currency-not-supported': {
    declineKind: 'currency',
    codes: ['currency_not_supported'],
    doNowKeys: ['decline.currency-not-supported.do.issuer'],
    dontKeys: [retryNow],
    steps: ['card-status'],
    links: [],
  },
  'velocity-exceeded': {
    declineKind: 'velocity',
    codes: ['card_velocity_exceeded', 'withdrawal_count_limit_exceeded'],
    doNowKeys: ['decline.velocity-exceeded.do.wait'],
    dontKeys: [retryNow, 'decline.dont.switchNow'],
    steps: ['clear-cache', 'wait-risk'],
    links: [],
  },
  'processing-error': {
    declineKind: 'transient',
    codes: [
      'processing_error',
      'issuer_not_available',
      'try_again_later',
      'reenter_transaction',
      'approve_with_id',
    ],
    doNowKeys: ['decline.processing-error.do.retryOnce'],
    dontKeys: ['decline.processing-error.dont.spam'],
    steps: ['pre-check'],
    links: [],
  },
  'authentication-failed': {
    declineKind: 'auth',
    codes: ['authentication_required'],
    doNowKeys: ['decline.authentication-failed.do.verify'],
    dontKeys: [retryNow],
    steps: ['card-status'],
    links: [],
  },
  'hard-decline': {
    declineKind: 'hard',
    codes: [
      'lost_card',
      'stolen_card',
      'pickup_card',
      'restricted_card',
      'invalid_account',
      'new_account_information_available',
    ],
    doNowKeys: ['decline.hard-decline.do.issuer'],
    dontKeys: ['decline.hard-decline.dont.retry'],
    steps: ['card-status'],
    links: [],
  },
  'region-unavailable': {
    declineKind: 'region',
    codes: ['unsupported_country'],
    doNowKeys: ['decline.region-unavailable.do.list', 'decline.region-unavailable.do.exit'],
    dontKeys: ['decline.region-unavailable.dont.blocked'],
    steps: ['vpn-region'],
    links: ['openai-chatgpt-countries'],
  },
  'region-unsupported-api': {
    declineKind: 'region',
    codes: ['unsupported_country_region_territory'],
    doNowKeys: ['decline.region-unavailable.do.list', 'decline.region-unavailable.do.exit'],
    dontKeys: ['decline.region-unavailable.dont.blocked'],
    steps: ['vpn-region'],
    links: ['openai-api-countries'],
  },
  'duplicate-transaction': {
    declineKind: 'transient',
    codes: ['duplicate_transaction'],
    doNowKeys: ['decline.duplicate-transaction.do.check'],
    dontKeys: ['decline.processing-error.dont.spam'],
    steps: ['pre-check'],
    links: [],
  },
  'pin-required': {
    declineKind: 'card-type',
    codes: [
      'incorrect_pin',
      'invalid_pin',
      'offline_pin_required',
      'online_or_offline_pin_required',
      'pin_try_exceeded',
    ],
    doNowKeys: ['decline.pin-required.do.issuer', 'decline.card-not-supported.do.card'],
    dontKeys: [retryNow],
    steps: ['card-types', 'card-status'],
    links: [],
  },
  'amount-not-allowed': {
    declineKind: 'funds',
    codes: ['invalid_amount'],
    doNowKeys: ['decline.amount-not-allowed.do.limit'],
    dontKeys: [retryNow],
    steps: ['card-status'],
    links: [],
  },
  'payment-stopped': {
    declineKind: 'hard',
    codes: [
      'stop_payment_order',
      'revocation_of_authorization',
      'revocation_of_all_authorizations',
    ],
    doNowKeys: ['decline.payment-stopped.do.issuer'],
    dontKeys: ['decline.hard-decline.dont.retry'],
    steps: ['card-status'],
    links: [],
  },
  'merchant-blocked': {
    declineKind: 'hard',
    codes: ['merchant_blacklist'],
    doNowKeys: ['decline.merchant-blocked.do.support'],
    dontKeys: [retryNow, 'decline.merchant-blocked.dont.evade'],
    steps: ['wait-risk'],
    links: ['openai-card-declined'],
  },
  'test-card': {
    declineKind: 'input-error',
    codes: ['testmode_decline'],
    doNowKeys: ['decline.test-card.do.real'],
    dontKeys: ['decline.test-card.dont.generate'],
    steps: ['card-status'],
    links: [],
  },
}

/** The entries in table order, each with its title and cause keys filled in from its id. */
export const declineEntries: readonly DeclineEntry[] = declineEntryIds.map((id) => ({
  id,
  titleKey: `decline.${id}.title`,
  causeKey: `decline.${id}.cause`,
  countsTowardCooldown: countsByKind[shapes[id].declineKind],
  ...shapes[id],
}))
