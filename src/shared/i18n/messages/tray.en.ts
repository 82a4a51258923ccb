import type { trayZh } from './tray.zh'

/** The tray menu, in English; keys follow the Chinese table. */
export const trayEn = {
  'tray.checkNow': 'Check now',
  'tray.open': 'Open PayLight',
  'tray.pause': 'Pause monitoring',
  'tray.resume': 'Resume monitoring',
  'tray.quit': 'Quit',
  'tray.checking': 'Checking…',
  'tray.checkForUpdates': 'Check for Updates…',
} as const satisfies Record<keyof typeof trayZh, string>
