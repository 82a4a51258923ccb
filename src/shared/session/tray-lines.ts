import type { AppState } from '../contract/app-state'
import { translate } from '../i18n/translate'
import { formatDuration } from './duration'

/**
 * What the tray says about payment below its first line: how many more changes the stop saw, that
 * a session runs and for how long, and the cool-down's time left when the light is not already
 * the cool-down (one alarm said once). Empty when neither runs.
 */
export function paymentTrayLines(state: AppState, now: number): readonly string[] {
  const { lang } = state
  const session = state.session.state
  const cooldown = state.declines.cooldown
  const lines: string[] = []
  if (session.phase === 'watching' && session.alerts.length > 0 && session.moreChanges > 0)
    lines.push(translate(lang, 'tray.session.moreChanges', { count: session.moreChanges }))
  if (session.phase !== 'idle')
    lines.push(
      translate(lang, 'tray.session.running', {
        elapsed: formatDuration(lang, now - Date.parse(session.startedAt), 'down'),
      }),
    )
  if (cooldown.kind === 'active' && state.verdict.light !== 'wait')
    lines.push(
      translate(lang, 'tray.cooldown', {
        left: formatDuration(lang, Date.parse(cooldown.until) - now),
      }),
    )
  return lines
}
