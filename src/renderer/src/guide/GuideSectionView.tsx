import { assertNever } from '../../../shared/util/assert-never'
import { declineEntries } from '../../../shared/declines/entries'
import { wordDeclineEntry } from '../../../shared/declines/explain'
import { guideLinks } from '../../../shared/guide/links'
import type { GuideSection, SectionBody } from '../../../shared/guide/sections'
import { guideText } from '../../../shared/i18n/guide-text'
import { useLang, useT } from '../use-t'
import { CardTypeTable } from './CardTypeTable'
import { DeclineAnswer } from './DeclineAnswer'
import { HelpLinks } from './HelpLinks'
import { LiveComparison } from './LiveComparison'
import { StepLinks } from './StepLinks'

/** The id of a section's heading and anchor in the guide page. */
export const sectionAnchor = (section: GuideSection): string => `guide-${section.id}`

function Body({ body, title }: { body: SectionBody; title: string }) {
  const t = useT()
  const lang = useLang()
  const text = (key: Parameters<typeof guideText>[1]) => guideText(lang, key)
  const points = (keys: readonly Parameters<typeof guideText>[1][]) => (
    <ul>
      {keys.map((key) => (
        <li key={key}>{text(key)}</li>
      ))}
    </ul>
  )
  switch (body.kind) {
    case 'points':
      return points(body.points)
    case 'compared-points':
      return (
        <div className="guide-beside">
          {points(body.points)}
          <LiveComparison liveKey={body.liveKey} noProfileKey={body.noProfileKey} />
        </div>
      )
    case 'card-table':
      return (
        <>
          <p>{text(body.introKey)}</p>
          <CardTypeTable caption={title} />
        </>
      )
    case 'decline-entries': {
      const shown = declineEntries.filter((entry) => body.entries.includes(entry.id))
      return (
        <>
          <p>{text(body.introKey)}</p>
          <h3>{t('lookup.all')}</h3>
          {shown.map((entry) => {
            const match = wordDeclineEntry(entry, 1, lang)
            return (
              <details key={entry.id} className="guide-entry">
                <summary>{match.title}</summary>
                <DeclineAnswer match={match} pasted="" />
              </details>
            )
          })}
        </>
      )
    }
    case 'faq':
      return (
        <dl className="faq">
          {body.items.map((item) => (
            <div key={item.questionKey}>
              <dt>{text(item.questionKey)}</dt>
              <dd>{text(item.answerKey)}</dd>
            </div>
          ))}
        </dl>
      )
    default:
      return assertNever(body)
  }
}

/** One section of the guide from its typed data, with the checklist steps and help pages it cites. */
export function GuideSectionView({ section }: { section: GuideSection }) {
  const t = useT()
  const lang = useLang()
  const title = guideText(lang, section.titleKey)
  const links = section.links.map((id) => ({
    url: guideLinks[id].url,
    label: guideText(lang, guideLinks[id].labelKey),
  }))
  return (
    <section className="guide-section" aria-labelledby={sectionAnchor(section)}>
      <h2 id={sectionAnchor(section)}>{title}</h2>
      <Body body={section.body} title={title} />
      <StepLinks steps={section.steps} label={t('guidePage.steps')} />
      <HelpLinks links={links} label={t('guidePage.links')} />
    </section>
  )
}
