import type { appZh } from './app.zh'

/** The app's name, the light's colours, the window's tabs and the grey states the tray names, in English; keys follow the Chinese table. */
export const appEn = {
  'app.name': 'PayLight',
  'request.rejected.untrusted-sender': 'Request refused: untrusted sender',
  'request.rejected.invalid-request': 'Request refused: invalid request',
  'request.rejected.internal': 'The app failed to handle the request',
  'request.unreachable': 'Could not reach the app',
  'light.green': 'Green: consistent, OK to pay',
  'light.yellow': 'Yellow: risky, read the reasons first',
  'light.red': 'Red: a payment now is likely to be declined',
  'light.grey': 'Grey: unknown',
  'light.wait': 'Cool-down: do not try again until it ends',
  'light.short.green': 'Green',
  'light.short.yellow': 'Yellow',
  'light.short.red': 'Red',
  'light.short.grey': 'Grey',
  'light.short.wait': 'Cool-down',
  'light.headline': '{light} · {reason}',
  'light.headline.green': 'Green · OK to pay',
  'grey.failed': 'the last check failed; the exit is unknown',
  'grey.paused': 'monitoring is paused',
  'tab.status': 'Status',
  'tab.profile': 'Card profile',
  'tab.settings': 'Settings',
  'tab.checklist': 'Checklist',
} as const satisfies Record<keyof typeof appZh, string>
