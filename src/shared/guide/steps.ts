import type { GuideMessageKey } from './messages.zh'
import type { GuideStepId } from './step-ids'

/** Title of each fix step, so a look-up answer can name the steps it links to. */
export const guideStepTitleKey: Readonly<Record<GuideStepId, GuideMessageKey>> = {
  'self-check': 'guide.step.self-check',
  'card-details': 'guide.step.card-details',
  'card-type': 'guide.step.card-type',
  'issuer-settings': 'guide.step.issuer-settings',
  'card-funds': 'guide.step.card-funds',
  'billing-address': 'guide.step.billing-address',
  'network-region': 'guide.step.network-region',
  'clear-site-data': 'guide.step.clear-site-data',
  cooldown: 'guide.step.cooldown',
}
