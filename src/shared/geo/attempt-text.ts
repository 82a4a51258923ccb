import type { MessageKey } from '../i18n/translate'
import type { GeoAttempt } from '../monitor/observation'

// Outcomes a source can also have keep the sources' words; the rest are the look-up's own.
const words: Readonly<Record<GeoAttempt['outcome'], MessageKey>> = {
  answered: 'geo.outcome.answered',
  spaced: 'geo.outcome.spaced',
  benched: 'geo.outcome.benched',
  'no-time': 'geo.outcome.no-time',
  refused: 'geo.outcome.refused',
  'ip-mismatch': 'geo.outcome.ip-mismatch',
  timeout: 'failure.timeout',
  network: 'failure.network',
  'rate-limited': 'failure.rate-limited',
  'http-error': 'failure.http-error',
  'too-large': 'failure.too-large',
  redirect: 'failure.redirect',
  garbage: 'failure.garbage',
}

/** The words for an attempt's outcome, so the window and the CLI say a 429 the same way. */
export function geoOutcomeKey(outcome: GeoAttempt['outcome']): MessageKey {
  return words[outcome]
}
