import { assertNever } from '../util/assert-never'
import type { AlertEvent, AlertLevel } from './alert-event'

/**
 * Whether an event becomes a desktop notice at the user's level. Events still reach every
 * subscriber (session, history); only the notification is filtered.
 */
export function wantsNotice(event: AlertEvent, level: AlertLevel): boolean {
  if (level === 'off') return false
  if (level === 'all') return true
  switch (event.kind) {
    case 'exit-changed':
      return event.light !== null || event.changes.some((c) => c.countryChanged)
    case 'light-changed':
    case 'checks-failing':
    case 'flapping':
      return true
    default:
      return assertNever(event)
  }
}
