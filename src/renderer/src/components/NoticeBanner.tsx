import { latestUndelivered } from '../../../shared/notices'
import { useAppStore } from '../store/app-store'
import { useT } from '../use-t'

/**
 * The newest notice the system could not show (an unsigned macOS build, no notification daemon,
 * notifications refused), so an alert is never lost; dismissing it tells main.
 */
export function NoticeBanner() {
  const t = useT()
  const notice = useAppStore((s) => latestUndelivered(s.app?.notices ?? []))
  if (!notice) return null
  return (
    <div className="banner" role="status">
      <p>
        <strong>{notice.title}</strong> {notice.body}
      </p>
      <button type="button" onClick={() => void useAppStore.getState().dismissNotice(notice.id)}>
        {t('notice.dismiss')}
      </button>
    </div>
  )
}
