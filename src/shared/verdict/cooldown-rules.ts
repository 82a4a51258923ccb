import type { VerdictContext } from './context'
import { finding } from './finding'
import type { Finding } from './types'

const HOUR = 3_600_000
/** From this many exit changes a day, say that the exits hop (risk checks weigh a steady history). */
export const UNSTABLE_CHANGES_PER_DAY = 3

/**
 * What the decline log and the history add to the verdict: a running cool-down keeps the light at
 * least yellow with the time left (the guide's "stop for 24 hours"), and a day of hopping exits is
 * worth a note. Both come through the context, so the CLI evaluates them from a context file too.
 */
export function historyFindings(context: VerdictContext): Finding[] {
  const out: Finding[] = []
  const cooldown = context.cooldown ?? null
  const leftMs = cooldown ? Date.parse(cooldown.until) - context.now : 0
  if (cooldown && leftMs > 0) {
    const evidence = { until: cooldown.until, declines: cooldown.declines }
    out.push(
      leftMs >= HOUR
        ? finding({
            id: 'cooldown-active',
            severity: 'yellow',
            evidence,
            params: { hours: Math.ceil(leftMs / HOUR) },
          })
        : finding({
            id: 'cooldown-active',
            severity: 'yellow',
            evidence,
            params: { minutes: Math.max(1, Math.ceil(leftMs / 60_000)) },
            text: 'finding.cooldown-active.minutes',
          }),
    )
  }
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
