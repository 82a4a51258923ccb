import type { Light } from './light'
import type { Finding } from './types'

/**
 * The light from the findings: a known fault (red) first, then a running cool-down (wait), then
 * anything unknown (grey), then a risk (yellow); no findings at all is green. Grey is what is left
 * when nothing can be said: a red or a cool-down is known whatever else is unknown, so it shows.
 */
export function worstLight(findings: readonly Finding[]): Light {
  if (findings.some((f) => f.severity === 'red')) return 'red'
  if (findings.some((f) => f.severity === 'wait')) return 'wait'
  if (findings.some((f) => f.severity === 'grey')) return 'grey'
  if (findings.some((f) => f.severity === 'yellow')) return 'yellow'
  return 'green'
}

/** The finding that explains the light: the first one of the light's own severity. */
export function mainFinding(findings: readonly Finding[], light: Light): Finding | null {
  if (light === 'green') return null
  return findings.find((f) => f.severity === light) ?? null
}
