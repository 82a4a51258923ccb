import { useShallow } from 'zustand/react/shallow'
import { formatDuration } from '../../../shared/session/duration'
import { CooldownPanel } from '../session/CooldownPanel'
import { DeclineLog } from '../session/DeclineLog'
import { PaymentSettings } from '../session/PaymentSettings'
import { paymentActions } from '../session/payment-actions'
import { SessionPrecheck } from '../session/SessionPrecheck'
import { SessionWatch } from '../session/SessionWatch'
import { StorageProblem } from '../session/StorageProblem'
import { useAppStore } from '../store/app-store'
import { useLang, useT } from '../use-t'
import '../session/session.css'

/** "Ready to pay": the self-check, then the watched session, its outcome, declines and cool-down. */
export function SessionPage() {
  const t = useT()
  const lang = useLang()
  const { session, declines, verdict } = useAppStore(
    useShallow((s) => ({
      session: s.app?.session,
      declines: s.app?.declines,
      verdict: s.app?.verdict,
    })),
  )
  if (!session || !declines || !verdict) return null
  const { state, config, last } = session
  const coolingDown = declines.cooldown.kind === 'active'
  return (
    <main className="session">
      <h2>{t('session.title')}</h2>
      <StorageProblem
        error={session.error ?? declines.error}
        files={[session.storage, ...declines.storage]}
      />
      <CooldownPanel />
      {state.phase === 'idle' ? (
        <>
          <p className="muted">
            {t('session.intro', {
              seconds: config.intervalMs / 1000,
              minutes: config.maxMs / 60_000,
            })}
          </p>
          <button
            type="button"
            className={coolingDown ? undefined : 'primary'}
            onClick={() => {
              if (!coolingDown || window.confirm(t('session.start.cooldownConfirm')))
                void paymentActions.startSession()
            }}
          >
            {t('session.start')}
          </button>
          {last ? (
            <p>
              {t('session.last', {
                outcome: { message: `session.outcome.${last.outcome}` },
                duration: formatDuration(lang, last.durationMs, 'down'),
              })}
            </p>
          ) : null}
          {last && (last.outcome === 'paid' || last.outcome === 'card-added') ? (
            <section aria-label={t('session.confirm.title')}>
              <h3>{t('session.confirm.title')}</h3>
              <ul>
                <li>{t('session.confirm.hold')}</li>
                <li>{t('session.confirm.listed')}</li>
              </ul>
            </section>
          ) : null}
        </>
      ) : null}
      {state.phase === 'precheck' ? <SessionPrecheck verdict={verdict} /> : null}
      {state.phase === 'watching' ? <SessionWatch state={state} /> : null}
      <DeclineLog />
      <PaymentSettings />
    </main>
  )
}
