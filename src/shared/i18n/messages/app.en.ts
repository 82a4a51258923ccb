import type { appZh } from './app.zh'

/** app */
export const appEn = {
  'app.name': 'PayLight',
  'app.tagline': 'Look before you pay: do your card, billing address and network exit agree?',
  'light.green': 'Green: consistent, OK to pay',
  'light.yellow': 'Yellow: risky, read the reasons first',
  'light.red': 'Red: inconsistent, a payment now is likely to be declined',
  'light.grey': 'Grey: unknown',
  'grey.failed': 'the last check failed; the exit is unknown',
  'grey.paused': 'monitoring is paused',
  'tab.status': 'Status',
  'tab.profile': 'Card profile',
  'tab.settings': 'Settings',
  'tab.checklist': 'Checklist',
} as const satisfies Record<keyof typeof appZh, string>
