import type { Light } from '../../../shared/light'
import { useT } from '../use-t'

/** The traffic light as a labelled dot; the label carries the meaning, not just the colour. */
export function LightBadge({ light }: { light: Light }) {
  const t = useT()
  return (
    <span className={`light light-${light}`} role="img" aria-label={t(`light.${light}`)}>
      <span className="light-dot" aria-hidden="true" />
    </span>
  )
}
