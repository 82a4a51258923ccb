import type { ComponentType } from 'react'
import type { DeclineMatch } from '../../../shared/declines/explain'
import { declineText } from '../../../shared/i18n/decline-text'
import { useLang, useT } from '../use-t'
import { HelpLinks } from './HelpLinks'
import { StepLinks } from './StepLinks'

/** What a "log this decline" control receives: the answer and the pasted text, card-like digits masked. */
export interface LogDeclineActionProps {
  readonly match: DeclineMatch
  readonly pasted: string
}

/** The slot a "log this decline" button plugs into (the decline log provides it; none by default). */
export type LogDeclineAction = ComponentType<LogDeclineActionProps>

function Points({ label, items }: { label: string; items: readonly string[] }) {
  if (items.length === 0) return null
  return (
    <section aria-label={label}>
      <h4>{label}</h4>
      <ul>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </section>
  )
}

/** One explained error: likely cause, what to do now, what not to do, the steps and pages that help. */
export function DeclineAnswer(props: {
  match: DeclineMatch
  pasted: string
  LogAction?: LogDeclineAction | undefined
}) {
  const { match, pasted, LogAction } = props
  const t = useT()
  const lang = useLang()
  const label = (key: 'explain.cause' | 'explain.doNow' | 'explain.dont') => declineText(lang, key)
  return (
    <article className="decline-answer" aria-label={match.title}>
      <p>
        <strong>{label('explain.cause')}</strong>
        {declineText(lang, 'explain.colon')}
        {match.cause}
      </p>
      <Points label={label('explain.doNow')} items={match.doNow} />
      <Points label={label('explain.dont')} items={match.dont} />
      <StepLinks steps={match.steps} label={t('guidePage.steps')} />
      <HelpLinks links={match.links} label={t('guidePage.links')} />
      {match.codes.length > 0 ? (
        <p className="muted">
          {declineText(lang, 'explain.codes', { codes: match.codes.join(', ') })}
        </p>
      ) : null}
      {LogAction ? <LogAction match={match} pasted={pasted} /> : null}
    </article>
  )
}
