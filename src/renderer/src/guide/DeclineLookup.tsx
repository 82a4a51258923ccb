import { useId, useMemo, useState } from 'react'
import { explainDecline } from '../../../shared/declines/explain'
import { maskDigitRuns } from '../../../shared/declines/normalize'
import { declineText } from '../../../shared/i18n/decline-text'
import { useLang, useT } from '../use-t'
import { DeclineAnswer, type LogDeclineAction } from './DeclineAnswer'
import { useDebounced } from './use-debounced'
import { useShallow } from 'zustand/react/shallow'
import { declineLead } from '../../../shared/view/decline-lead'
import { useAppStore } from '../store/app-store'

/** The answer's first line: what this machine shows now, and what it means for this decline. */
function LiveLead() {
  const lang = useLang()
  const { verdict, session } = useAppStore(
    useShallow((s) => ({ verdict: s.app?.verdict, session: s.app?.session })),
  )
  if (!verdict || !session) return null
  const lead = declineLead({ verdict, session }, lang)
  return <p className={`lookup-now finding finding-${lead.light}`}>{lead.text}</p>
}

/** How long typing must pause before the look-up runs (it costs up to ~60 ms on a long paste). */
export const lookupDebounceMs = 250

/**
 * The error look-up: the user pastes what the checkout said (English or Chinese, part of it, or the
 * decline code) and reads the likely cause, what to do and not do, and the steps that fix it.
 * `LogAction` is where the decline log attaches its "log this decline" button.
 */
export function DeclineLookup({ LogAction }: { LogAction?: LogDeclineAction | undefined }) {
  const t = useT()
  const lang = useLang()
  const [text, setText] = useState('')
  const pasted = useDebounced(text, lookupDebounceMs)
  const answer = useMemo(
    () => (pasted.trim() === '' ? null : explainDecline(pasted, lang)),
    [pasted, lang],
  )
  const hintId = useId()
  return (
    <section className="lookup" aria-labelledby={`${hintId}-title`}>
      <h2 id={`${hintId}-title`}>{t('lookup.title')}</h2>
      <label className="lookup-box">
        <span>{t('lookup.label')}</span>
        <textarea
          rows={3}
          maxLength={2000}
          value={text}
          placeholder={t('lookup.placeholder')}
          aria-describedby={hintId}
          onChange={(event) => setText(event.target.value)}
        />
      </label>
      <p id={hintId} className="muted">
        {t('lookup.hint')}
      </p>
      {answer ? (
        <div role="region" aria-label={t('lookup.results')} aria-live="polite">
          <LiveLead />
          {answer.matches.length === 0 ? (
            <p>{declineText(lang, 'explain.none')}</p>
          ) : (
            answer.matches.map((match) => (
              <div key={match.id} className="lookup-match">
                <h3>
                  {match.title}{' '}
                  <span className="muted">
                    {declineText(lang, 'explain.score', { score: Math.round(match.score * 100) })}
                  </span>
                </h3>
                <DeclineAnswer match={match} pasted={maskDigitRuns(pasted)} LogAction={LogAction} />
              </div>
            ))
          )}
        </div>
      ) : null}
    </section>
  )
}
