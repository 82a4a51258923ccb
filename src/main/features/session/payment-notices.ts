import type { Lang } from '../../../shared/geo/country'
import { alertText } from '../../../shared/session/alert-text'
import type { CooldownState } from '../../../shared/declines/cooldown'
import { translate } from '../../../shared/i18n/translate'
import { formatDuration } from '../../../shared/session/duration'
import type { SessionAlert } from '../../../shared/session/session-types'
import type { NoticeWords } from '../../../shared/contract/notices'

/** A notice that opens the payment pages when clicked. */
export type PageNotice = NoticeWords & { readonly page: 'session' | 'history' }

/** The urgent notice: stop, and what moved. */
export function urgentNotice(alerts: readonly SessionAlert[], lang: Lang): PageNotice {
  return {
    title: translate(lang, 'session.urgent'),
    body: alerts.map((a) => alertText(a, lang)).join('\n'),
    page: 'session',
    topic: 'session-stop',
  }
}

/** The cool-down began (with the time to wait) or is over. */
export function cooldownNotice(
  phase: 'started' | 'over',
  state: CooldownState,
  lang: Lang,
): PageNotice {
  if (phase === 'over')
    return {
      title: translate(lang, 'notify.cooldown.over.title'),
      body: translate(lang, 'notify.cooldown.over.body'),
      page: 'session',
      topic: 'cooldown-over',
    }
  const active = state.kind === 'active' ? state : null
  return {
    title: translate(lang, 'notify.cooldown.started.title'),
    body: translate(lang, 'notify.cooldown.started.body', {
      count: active?.count ?? 0,
      left: formatDuration(lang, active?.remainingMs ?? 0),
    }),
    page: 'session',
    topic: 'cooldown-started',
  }
}
