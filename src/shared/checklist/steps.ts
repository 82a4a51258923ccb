import type { MessageKey } from '../i18n/translate'
import type { ChecklistStep } from './step-ids'

/** A point of one step: its message key (`checklist.<step>.<point>`), so the key names its step. */
export type StepPointKey<Id extends ChecklistStep> = Extract<
  MessageKey,
  `checklist.${Id}.${string}`
>

/** One step of the troubleshooting flow; its title is the message `step.<id>`, shared with findings. */
export interface StepText<Id extends ChecklistStep = ChecklistStep> {
  readonly id: Id
  readonly title: `step.${Id}`
  readonly points: readonly StepPointKey<Id>[]
}

const step = <Id extends ChecklistStep>(id: Id, points: readonly StepPointKey<Id>[]): StepText => ({
  id,
  title: `step.${id}`,
  points,
})

/** The flow in the order to follow after "Your card was declined" (the guide's §2, §3, §9). */
export const checklist: readonly StepText[] = [
  step('card-profile', ['checklist.card-profile.facts']),
  step('network-exit', ['checklist.network-exit.fresh']),
  step('card-types', ['checklist.card-types.no-prepaid']),
  step('card-status', [
    'checklist.card-status.details',
    'checklist.card-status.enabled',
    'checklist.card-status.headroom',
    'checklist.card-status.recurring',
  ]),
  step('billing-address', ['checklist.billing-address.issuer', 'checklist.billing-address.format']),
  step('vpn-region', [
    'checklist.vpn-region.match',
    'checklist.vpn-region.one-exit',
    'checklist.vpn-region.blocked',
    'checklist.vpn-region.network-kind',
  ]),
  step('clear-cache', ['checklist.clear-cache.retry']),
  step('wait-risk', ['checklist.wait-risk.pause']),
  step('pre-check', ['checklist.pre-check.three']),
]
