import { toCountryCode, type Lang } from '../geo/country'
import { translate } from '../i18n/translate'
import { cooldownParams } from '../verdict/cooldown-rules'
import { settlingParams } from '../verdict/settling-rule'
import type { Finding } from '../verdict/types'

/** When a finding counting down ends, from its evidence; null for every other finding. */
export function countdownEnd(finding: Finding): string | null {
  const until = finding.evidence['until']
  const counting =
    finding.id === 'cooldown-active' ||
    (finding.id === 'exit-changed-recently' && finding.evidence['settling'] !== undefined)
  return counting && typeof until === 'string' ? until : null
}

/**
 * A finding's message as of `now`. Most are fixed when the verdict is made; the two that count
 * down (the settling exit, the cool-down) are worded again from their evidence, so "约 9 分钟后变绿"
 * stays true between checks in the window and the tray.
 */
export function liveFindingText(finding: Finding, now: number, lang: Lang): string {
  const until = countdownEnd(finding)
  if (!until) return finding.message[lang]
  if (finding.id === 'cooldown-active')
    return translate(lang, 'finding.cooldown-active', cooldownParams(until, now))
  const country = toCountryCode(String(finding.evidence['country']))
  if (!country) return finding.message[lang]
  const key =
    finding.evidence['settling'] === 'green'
      ? 'finding.exit-changed-recently.settling'
      : 'finding.exit-changed-recently.settling-more'
  return translate(lang, key, settlingParams(country, until, now))
}
