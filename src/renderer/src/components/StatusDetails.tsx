import type { MonitorSnapshot } from '../../../shared/monitor/freshness'
import { useT } from '../use-t'
import { RoutingNotes } from './RoutingNotes'
import { SourcesTable } from './SourcesTable'

/**
 * The technical detail behind the light — each source's answer and timing, the proxy's routes —
 * folded away: the next step and the exits are what a user acts on; this is for checking.
 */
export function StatusDetails({ monitor }: { monitor: MonitorSnapshot }) {
  const t = useT()
  const observation = monitor.observation
  const failures =
    monitor.lastAttempt && !monitor.lastAttempt.ok ? monitor.lastAttempt.failures : []
  if (!observation && failures.length === 0) return null
  return (
    <details className="status-details">
      <summary>{t('status.details')}</summary>
      {observation ? <RoutingNotes observation={observation} /> : null}
      {failures.length > 0 ? (
        <SourcesTable
          sightings={failures}
          caption={t('status.failures')}
          observation={observation}
        />
      ) : null}
      {observation ? (
        <SourcesTable
          sightings={observation.sightings}
          caption={t('status.sources')}
          observation={observation}
          attempts={observation.geoAttempts ?? []}
        />
      ) : null}
    </details>
  )
}
