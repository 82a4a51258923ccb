import { assessFreshness, type FreshnessInput } from '../../../shared/monitor/freshness'
import { useNow } from '../use-now'
import { useT } from '../use-t'

/** Current, out of date, failed or no data: re-checked every second, so evidence ages on screen. */
export function FreshnessBadge({ monitor }: { monitor: FreshnessInput }) {
  const t = useT()
  const freshness = assessFreshness(monitor, useNow())
  return (
    <span className={`freshness freshness-${freshness.state}`}>
      {t(`fresh.${freshness.state}`)}
    </span>
  )
}
