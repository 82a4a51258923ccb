import type { settingsZh } from './settings.zh'

/** The settings page, in English; keys follow the Chinese table. */
export const settingsEn = {
  'credits.title': 'Data and licences',
  'credits.intro':
    'PayLight ships the data below; each is credited as its licence asks (the full licence texts ship beside the data, in the licences folder).',
  'settings.interval': 'Check interval',
  'settings.crossCheck':
    'Cross-check each new exit IP’s country online (sends that IP to ipwho.is and similar services)',
  'settings.notifications': 'Notify me when the exit IP or its country changes',
  'settings.seconds': '{n} s',
  'settings.minutes': '{n} min',
  'settings.language': 'Language',
  'settings.language.system': 'Follow the system',
} as const satisfies Record<keyof typeof settingsZh, string>
