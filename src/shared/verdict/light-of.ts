import type { Light } from './light'
import type { Finding } from './types'

/** The light is the worst finding; any grey finding blanks it; no findings at all is green. */
export function worstLight(findings: readonly Finding[]): Light {
  if (findings.some((f) => f.severity === 'grey')) return 'grey'
  if (findings.some((f) => f.severity === 'red')) return 'red'
  if (findings.some((f) => f.severity === 'yellow')) return 'yellow'
  return 'green'
}

/** The finding that explains the light: the first one of the light's own severity. */
export function mainFinding(findings: readonly Finding[], light: Light): Finding | null {
  if (light === 'green') return null
  return findings.find((f) => f.severity === light) ?? null
}
