import type { desktopZh } from './desktop.zh'

/** Start at login, the log, updates and About, in English; keys follow the Chinese table. */
export const desktopEn = {
  'desktop.startAtLogin': 'Start at login',
  'desktop.startAtLogin.hint':
    'PayLight is in the tray as soon as you log in, so the light is already watching your exit when you pay.',
  'desktop.startAtLogin.needsApproval':
    'One more step: allow PayLight in System Settings → General → Login Items so it starts when you log in.',
  'desktop.startAtLogin.notOurs':
    'Whether it starts at login is decided by an autostart file PayLight did not write (~/.config/autostart/paylight.desktop); PayLight leaves it alone.',
  'desktop.startAtLogin.failed':
    'Could not change start at login: the system refused. Try again later.',
  'desktop.startAtLogin.unsupported': 'This build cannot start at login.',
  'desktop.logFolder': 'Open log folder',
  'desktop.logFolder.hint':
    'The log holds each check’s outcome (countries only, no exit IP) and what went wrong, never card data; attach paylight.log when you ask for help.',
  'desktop.logFolder.failed': 'Could not open the log folder.',
  'desktop.updates': 'Check for updates',
  'desktop.update.not-configured':
    'This build has no update source configured, so it does not check for updates',
  'desktop.update.idle': 'Not checked for updates yet',
  'desktop.update.checking': 'Checking for updates…',
  'desktop.update.up-to-date': 'PayLight is up to date',
  'desktop.update.downloading': 'Downloading version {version}…',
  'desktop.update.ready': 'Version {version} is downloaded and installs when you quit',
  'desktop.update.failed': 'Could not check for updates; will try again later',
  'desktop.offer.title': 'Start PayLight when you log in?',
  'desktop.offer.accept': 'Start at login',
  'desktop.offer.dismiss': 'No thanks',
  'desktop.offer.body':
    'PayLight is in the tray as soon as you log in, so the light is already watching your exit when you pay. You can change this in Settings at any time.',
  'about.title': 'About PayLight',
  'about.version': 'Version {version}',
  'about.licence': 'PayLight is released under the MIT licence.',
  'about.runtime': 'Runs on Electron {electron} (Chromium {chrome}, Node.js {node})',
  'about.data.date': 'Data of {date}',
  'about.data.noDate': 'undated',
} as const satisfies Record<keyof typeof desktopZh, string>
