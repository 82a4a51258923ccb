import { ComparisonTable } from '../components/ComparisonTable'
import { activeProfile } from '../../../shared/profile/active-profile'
import type { GuideMessageKey } from '../../../shared/i18n/messages/guide.zh'
import { guideText } from '../../../shared/i18n/guide-text'
import { useAppStore } from '../store/app-store'
import { useLang } from '../use-t'

/** The three-way comparison as it stands now, beside the guide's words on how the check reasons. */
export function LiveComparison(props: { liveKey: GuideMessageKey; noProfileKey: GuideMessageKey }) {
  const lang = useLang()
  const hasProfile = useAppStore((s) => {
    const book = s.app?.profiles.book
    return book ? activeProfile(book) !== null : false
  })
  return (
    <aside className="guide-live">
      <p className="muted">{guideText(lang, hasProfile ? props.liveKey : props.noProfileKey)}</p>
      {hasProfile ? <ComparisonTable /> : null}
    </aside>
  )
}
