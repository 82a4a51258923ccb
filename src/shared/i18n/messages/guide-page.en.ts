import type { guidePageZh } from './guide-page.zh'

/** The guide page and the error look-up in English; keys follow the Chinese table. */
export const guidePageEn = {
  'tab.guide': 'Guide & errors',
  'guidePage.intro':
    'When a payment is declined, paste what you saw below first, then follow the checklist steps it points to.',
  'guidePage.contents': 'Contents',
  'guidePage.steps': 'Checklist steps',
  'guidePage.links': 'The merchant’s help pages',
  'guidePage.openStep': '{number}: {title}',
  'guidePage.linkRefused': 'This link cannot be opened: it is not on the list of allowed sites.',
  'lookup.title': 'Look up an error',
  'lookup.label': 'Paste the error shown on the payment page',
  'lookup.hint':
    'Chinese or English, part of it or the decline code alone is fine; do not paste your card number.',
  'lookup.placeholder': 'For example: 您的卡被拒绝了。',
  'lookup.results': 'Possible meanings',
  'lookup.all': 'All common errors',
  'lookup.now.red':
    'This machine now: red — {reason}, very likely the cause. Fix that first, then the other possibilities below.',
  'lookup.now.wait':
    'This machine now: cool-down — {reason}. Trying before it ends only gets declined again.',
  'lookup.now.grey':
    'This machine now: grey — {reason}. Let a check go through first to see whether the network is to blame.',
  'lookup.now.yellow': 'This machine now: yellow — {reason}, possibly related.',
  'lookup.now.green':
    'This machine now: green, exit, card and billing address agree: the cause is more likely with the issuer or the card itself, see below.',
  'lookup.now.urgent': 'This machine now: {reason}. Stop first, and wait for the exit to settle.',
} as const satisfies Record<keyof typeof guidePageZh, string>
