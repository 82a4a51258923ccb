import type { trayZh } from './tray.zh'

/** The tray menu and the notifications, in English; keys follow the Chinese table. */
export const trayEn = {
  'tray.checkNow': 'Check now',
  'tray.open': 'Open PayLight',
  'tray.pause': 'Pause monitoring',
  'tray.resume': 'Resume monitoring',
  'tray.quit': 'Quit',
  'tray.checking': 'Checking…',
  'notify.changed.title': 'Exit IP changed',
  'notify.changed.body': '{route}: {from} → {to}',
  'notify.country.title': 'Exit country changed',
  'notify.country.body': '{route}: {from} → {to}. Check before you pay.',
} as const satisfies Record<keyof typeof trayZh, string>
