import type { Lang } from '../../../shared/geo/country'
import { alertText } from '../../../shared/session/alert-text'
import { translate } from '../../../shared/i18n/translate'
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
