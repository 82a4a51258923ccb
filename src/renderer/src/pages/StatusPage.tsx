import { useShallow } from 'zustand/react/shallow'
import { exitRoutes } from '../../../shared/monitor/observation'
import { Age } from '../components/Age'
import { ComparisonTable } from '../components/ComparisonTable'
import { ExitCard } from '../components/ExitCard'
import { Findings } from '../components/Findings'
import { FreshnessBadge } from '../components/FreshnessBadge'
import { RoutingNotes } from '../components/RoutingNotes'
import { SourcesTable } from '../components/SourcesTable'
import { useAppStore } from '../store/app-store'
import { useLang, useT } from '../use-t'

/** The network status: each exit, the routing, every source's answer and the evidence's age. */
export function StatusPage() {
  const t = useT()
  const lang = useLang()
  const { monitor, verdict } = useAppStore(
    useShallow((s) => ({ monitor: s.app?.monitor, verdict: s.app?.verdict })),
  )
  if (!monitor || !verdict) return <p className="muted">{t('checked.never')}</p>
  const observation = monitor.observation
  const failures =
    monitor.lastAttempt && !monitor.lastAttempt.ok ? monitor.lastAttempt.failures : []
  return (
    <main className="status">
      <Findings findings={verdict.findings} />
      <ComparisonTable />
      <h2>
        {t('status.title')} <FreshnessBadge monitor={monitor} />
      </h2>
      <p className="muted" aria-live="polite">
        {observation ? <Age since={Date.parse(observation.checkedAt)} /> : t('checked.never')}
        {monitor.nextCheckAt
          ? ` · ${t('status.next', { time: new Date(monitor.nextCheckAt).toLocaleTimeString(lang === 'zh' ? 'zh-CN' : 'en-US') })}`
          : ''}
      </p>
      <div className="exits">
        {exitRoutes.map((route) => (
          <ExitCard key={route} route={route} exit={observation?.exits[route] ?? null} />
        ))}
      </div>
      {observation ? <RoutingNotes observation={observation} /> : null}
      {failures.length > 0 ? (
        <SourcesTable sightings={failures} caption={t('status.failures')} />
      ) : null}
      {observation ? (
        <SourcesTable sightings={observation.sightings} caption={t('status.sources')} />
      ) : null}
    </main>
  )
}
