import { undeliveredNoticeToShow } from '../../../shared/session/urgent'
import { useAppStore } from '../store/app-store'
import { useLang, useT } from '../use-t'

/**
 * The newest notice the system could not show (an unsigned macOS build, no notification daemon,
 * notifications refused), so an alert is never lost; dismissing it tells main. While the payment
 * session says stop, its own notices wait: the urgent banner above says the same, once.
 */
export function NoticeBanner() {
  const t = useT()
  const lang = useLang()
  const notice = useAppStore((s) => (s.app ? undeliveredNoticeToShow(s.app) : null))
  if (!notice) return null
  return (
    <div className="banner" role="status">
      <p>
        <strong>{notice.title[lang]}</strong> {notice.body[lang]}
      </p>
      <button type="button" onClick={() => void useAppStore.getState().dismissNotice(notice.id)}>
        {t('notice.dismiss')}
      </button>
    </div>
  )
}
