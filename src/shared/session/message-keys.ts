import type { MessageKey } from '../i18n/translate'
import { historyRanges } from '../history/history-view'
import { sessionOutcomes } from './session-outcomes'

const lights = ['green', 'yellow', 'red', 'grey', 'wait'] as const
const prefixed = <P extends string, U extends string>(prefix: P, members: readonly U[]) =>
  members.map((m) => `${prefix}.${m}` as const)

/** Message keys the payment pages build from values (outcomes, lights, ranges, refusals). */
export const paymentMessageKeys: readonly MessageKey[] = [
  ...prefixed('session.outcome', sessionOutcomes),
  ...prefixed('session.light', lights),
  ...prefixed('history.range', Object.keys(historyRanges) as (keyof typeof historyRanges)[]),
  ...prefixed('history.event.cooldown', ['started', 'over', 'ended-early'] as const),
  ...prefixed('declines.refused', ['card-number', 'too-long'] as const),
]
