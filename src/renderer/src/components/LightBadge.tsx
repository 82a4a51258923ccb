import type { Light } from '../../../shared/verdict/light'
import { useT } from '../use-t'

/** The mark inside each light's shape, as on the tray icon: colour is never the only cue. */
const glyphs: Readonly<Record<Light, string>> = {
  green: '✓',
  yellow: '!',
  red: '✕',
  grey: '',
  wait: '⧗',
}

/** The traffic light as a labelled shape; the label carries the meaning, not just the colour. */
export function LightBadge({ light }: { light: Light }) {
  const t = useT()
  return (
    <span className={`light light-${light}`} role="img" aria-label={t(`light.${light}`)}>
      <span className="light-dot" aria-hidden="true">
        {glyphs[light]}
      </span>
    </span>
  )
}
