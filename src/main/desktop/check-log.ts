import type { AppState } from '../../shared/contract/app-state'
import { createLogger, type Logger } from '../../shared/util/logger'
import { exitRoutes } from '../../shared/monitor/observation'

/**
 * One log line per finished check, as a user would send it to get help: when and why it ran, the
 * light, each route's country, which sources failed and why (codes), the findings' ids. No exit IP
 * (the log can be shared), no card data (the state's profile is never read here).
 */
export function checkOutcome(state: AppState): Record<string, unknown> | null {
  const attempt = state.monitor.lastAttempt
  if (!attempt) return null
  const exits = state.monitor.observation?.exits
  return {
    at: attempt.at,
    trigger: attempt.trigger,
    ok: attempt.ok,
    light: state.verdict.light,
    countries: Object.fromEntries(exitRoutes.map((r) => [r, exits?.[r]?.country ?? null])),
    failed: attempt.failures
      .concat(state.monitor.observation?.sightings ?? [])
      .flatMap((s) => (s.failure ? [`${s.source}: ${s.failure.code}`] : [])),
    findings: state.verdict.findings.map((f) => f.id),
  }
}

/** Subscribes to the published state and logs each check's outcome once, when a check finishes. */
export function logCheckOutcomes(
  subscribe: (listener: (state: AppState) => void) => () => void,
  log: Logger = createLogger('check'),
): () => void {
  let last: string | null = null
  return subscribe((state) => {
    const at = state.monitor.lastAttempt?.at ?? null
    if (at === null || at === last || state.monitor.checking) return
    last = at
    const outcome = checkOutcome(state)
    if (outcome) log.info(outcome['ok'] ? 'check done' : 'check failed', outcome)
  })
}
