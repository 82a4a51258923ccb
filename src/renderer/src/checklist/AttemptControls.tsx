import { useState } from 'react'
import type { ChecklistStep } from '../../../shared/checklist/step-ids'
import { paymentActions } from '../session/payment-actions'
import { useAppStore } from '../store/app-store'
import { useLang, useT } from '../use-t'
import { localeTag } from '../../../shared/i18n/locale-tag'

const timeOf = (iso: string, lang: 'zh' | 'en') =>
  new Date(iso).toLocaleString(localeTag(lang), {
    month: 'numeric',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  })

/** A step the user confirms by hand: ticked in main's attempt file (the time shows after the title). */
export function StepTick({ step, label }: { step: ChecklistStep; label: string }) {
  const at = useAppStore((s) => s.app?.attempt.attempt.ticks[step])
  // The click shows at once; main's push (or its refusal, which drops this) settles it.
  const [asked, setAsked] = useState<boolean | null>(null)
  const tick = async (done: boolean) => {
    setAsked(done)
    await paymentActions.tickStep(step, done)
    setAsked(null)
  }
  return (
    <input
      type="checkbox"
      aria-label={label}
      checked={asked ?? at !== undefined}
      onChange={(e) => void tick(e.target.checked)}
    />
  )
}

/** When a hand-confirmed step was ticked, shown after its title so the title reads first. */
export function TickTime({ step }: { step: ChecklistStep }) {
  const t = useT()
  const lang = useLang()
  const at = useAppStore((s) => s.app?.attempt.attempt.ticks[step])
  if (!at) return null
  return (
    <span className="tick-time muted"> · {t('attempt.tickedAt', { at: timeOf(at, lang) })}</span>
  )
}

/** Which attempt the ticks belong to, and the way to start the next one (the old one is kept). */
export function AttemptBar() {
  const t = useT()
  const lang = useLang()
  const slice = useAppStore((s) => s.app?.attempt)
  if (!slice) return null
  const { startedAt } = slice.attempt
  return (
    <section className="attempt-bar" aria-label={t('attempt.title')}>
      <p className="muted">
        {startedAt
          ? t('attempt.started', { at: timeOf(startedAt, lang) })
          : t('attempt.notStarted')}
      </p>
      <button
        type="button"
        disabled={startedAt === null}
        onClick={() => {
          if (window.confirm(t('attempt.new.confirm'))) void paymentActions.newAttempt()
        }}
      >
        {t('attempt.new')}
      </button>
      {slice.error ? (
        <p role="alert" className="finding finding-red">
          {t(`storage.error.${slice.error.code}`)}
        </p>
      ) : null}
    </section>
  )
}
