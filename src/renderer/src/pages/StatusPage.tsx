import { useShallow } from 'zustand/react/shallow'
import { clockTime } from '../../../shared/i18n/clock-time'
import { exitRoutes } from '../../../shared/monitor/observation'
import { nextStep, remainingFindings } from '../../../shared/view/next-step'
import { evidenceIsCurrent } from '../../../shared/verdict/evidence-gate'
import { Age } from '../components/Age'
import { ComparisonTable } from '../components/ComparisonTable'
import { ExitCard } from '../components/ExitCard'
import { Findings } from '../components/Findings'
import { FreshnessBadge } from '../components/FreshnessBadge'
import { NextStepCard } from '../components/NextStepCard'
import { StaleEvidence } from '../components/StaleEvidence'
import { StatusDetails } from '../components/StatusDetails'
import { useAppStore } from '../store/app-store'
import { useLang, useT } from '../use-t'
import '../status.css'
import { localeTag } from '../../../shared/i18n/locale-tag'

/**
 * The network status, the next step first: the one thing to do now, then the other findings worst
 * first, the comparison and the exits; sources, proxy routes and timings fold away. Evidence from
 * a check that is no longer current is dimmed and dated, never shown as agreeing.
 */
export function StatusPage() {
  const t = useT()
  const lang = useLang()
  const { monitor, verdict } = useAppStore(
    useShallow((s) => ({ monitor: s.app?.monitor, verdict: s.app?.verdict })),
  )
  if (!monitor || !verdict) return <p className="muted">{t('checked.never')}</p>
  const observation = monitor.observation
  const current = evidenceIsCurrent(verdict.findings)
  const exits = exitRoutes.map((route) => (
    <ExitCard
      key={route}
      route={route}
      exit={observation?.exits[route] ?? null}
      current={current}
    />
  ))
  return (
    <main className="status">
      <NextStepCard step={nextStep(verdict)} light={verdict.light} />
      <Findings findings={remainingFindings(verdict)} />
      <ComparisonTable current={current} />
      <h2>
        {t('status.title')} <FreshnessBadge monitor={monitor} />
      </h2>
      <p className="muted" aria-live="polite">
        {observation ? <Age since={Date.parse(observation.checkedAt)} /> : t('checked.never')}
        {monitor.nextCheckAt
          ? ` · ${t('status.next', { time: new Date(monitor.nextCheckAt).toLocaleTimeString(localeTag(lang)) })}`
          : ''}
      </p>
      {observation && !current ? (
        <StaleEvidence
          label={t('status.staleAt', { time: clockTime(observation.checkedAt, lang) })}
        >
          <div className="exits">{exits}</div>
        </StaleEvidence>
      ) : (
        <div className="exits">{exits}</div>
      )}
      <StatusDetails monitor={monitor} />
    </main>
  )
}
