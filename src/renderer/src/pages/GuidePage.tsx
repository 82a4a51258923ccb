import { guideSections } from '../../../shared/guide/sections'
import { guideText } from '../../../shared/i18n/guide-text'
import { useLang, useT } from '../use-t'
import type { LogDeclineAction } from '../guide/DeclineAnswer'
import { LogDeclineButton } from '../session/LogDeclineButton'
import { DeclineLookup } from '../guide/DeclineLookup'
import { GuideSectionView, sectionAnchor } from '../guide/GuideSectionView'
import '../guide/guide.css'

/**
 * The guide and the error look-up: the look-up first (what a user with a declined card needs), then
 * every section of the guide from its typed data. `LogDeclineAction` is where the decline log
 * attaches its "log this decline" button to each answer.
 */
export function GuidePage({
  LogDeclineAction = LogDeclineButton,
}: {
  LogDeclineAction?: LogDeclineAction
}) {
  const t = useT()
  const lang = useLang()
  return (
    <main className="guide">
      <p className="muted">{t('guidePage.intro')}</p>
      <DeclineLookup LogAction={LogDeclineAction} />
      <nav aria-label={t('guidePage.contents')} className="guide-contents">
        <ul>
          {guideSections.map((section) => (
            <li key={section.id}>
              <a href={`#${sectionAnchor(section)}`}>{guideText(lang, section.titleKey)}</a>
            </li>
          ))}
        </ul>
      </nav>
      {guideSections.map((section) => (
        <GuideSectionView key={section.id} section={section} />
      ))}
    </main>
  )
}
