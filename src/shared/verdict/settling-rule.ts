import type { CountryCode } from '../geo/country'
import type { MessageParams } from '../i18n/translate'
import { paymentExit, type Observation } from '../monitor/observation'
import { durationMessage } from '../session/duration'
import { finding } from './finding'
import { RECENT_CHANGE_MS } from './recent-change'
import type { Finding } from './types'

// Findings that leave the new exit itself in doubt; without a profile there is still an exit.
const exitInDoubt = (f: Finding) =>
  f.severity === 'red' || (f.severity === 'grey' && f.id !== 'profile-missing')

/**
 * After a fix, a countdown rather than a scolding: when the exit changed recently and the new one
 * passes every comparison that needs it (nothing red, nothing about it unknown), the finding says
 * so and counts down to when the change stops counting as recent — the moment the same rule would
 * drop it: `exitChangedAt` + 10 minutes. "变绿" only when nothing else keeps the light off green.
 */
export function settleExitChange(
  findings: readonly Finding[],
  observation: Observation,
  now: number,
): Finding[] {
  const recent = findings.find((f) => f.id === 'exit-changed-recently')
  const country = paymentExit(observation)?.country ?? null
  const changedAt = recent ? Date.parse(String(recent.evidence['exitChangedAt'])) : NaN
  const others = findings.filter((f) => f !== recent)
  if (!recent || !country || Number.isNaN(changedAt) || others.some(exitInDoubt))
    return [...findings]
  const until = new Date(changedAt + RECENT_CHANGE_MS).toISOString()
  const toGreen = others.every((f) => f.severity === 'info')
  const settled = finding({
    id: 'exit-changed-recently',
    severity: 'yellow',
    evidence: { ...recent.evidence, until, country, settling: toGreen ? 'green' : 'more' },
    params: settlingParams(country, until, now),
    text: toGreen
      ? 'finding.exit-changed-recently.settling'
      : 'finding.exit-changed-recently.settling-more',
  })
  return findings.map((f) => (f === recent ? settled : f))
}

/** The countdown's words as of `now`: the window re-renders them every few seconds. */
export function settlingParams(country: CountryCode, until: string, now: number): MessageParams {
  return {
    country: { country },
    left: durationMessage(Date.parse(until) - now),
    time: { at: until, from: now },
  }
}
