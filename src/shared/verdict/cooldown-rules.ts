import { durationMessage } from '../session/duration'
import type { MessageParams } from '../i18n/translate'
import type { VerdictContext } from './context'
import { finding } from './finding'
import type { Finding } from './types'

/** From this many exit changes a day, say that the exits hop (risk checks weigh a steady history). */
export const UNSTABLE_CHANGES_PER_DAY = 3

/** The cool-down's words as of `now`: when it ends ("14:20", "明天 14:20") and how long is left. */
export function cooldownParams(until: string, now: number): MessageParams {
  return { time: { at: until, from: now }, left: durationMessage(Date.parse(until) - now) }
}

/**
 * What the decline log and the history add to the verdict: a running cool-down is the light's own
 * state (wait), with the time it ends (the guide's "stop for 24 hours"), and a day of hopping exits
 * is worth a note. Both come through the context, so the CLI evaluates them from a context file too.
 */
export function historyFindings(context: VerdictContext): Finding[] {
  const out: Finding[] = []
  const cooldown = context.cooldown ?? null
  const leftMs = cooldown ? Date.parse(cooldown.until) - context.now : 0
  if (cooldown && leftMs > 0)
    out.push(
      finding({
        id: 'cooldown-active',
        severity: 'wait',
        evidence: { until: cooldown.until, declines: cooldown.declines },
        params: cooldownParams(cooldown.until, context.now),
      }),
    )
  const changes = context.exitChanges24h ?? 0
  if (changes >= UNSTABLE_CHANGES_PER_DAY)
    out.push(
      finding({
        id: 'exits-unstable',
        severity: 'info',
        evidence: { changes },
        params: { n: changes },
      }),
    )
  return out
}
