import type { alertsZh } from './alerts.zh'

/** Desktop notices, in English; keys follow the Chinese table. */
export const alertsEn = {
  'alert.exit.title': 'Exit changed',
  'alert.exit.countryTitle': 'Exit country changed',
  'alert.exit.moved': '{from} → {to} ({routes})',
  'alert.exit.appeared': 'New {to} ({routes})',
  'alert.exit.gone': '{from} is gone ({routes})',
  'alert.exit.lightSuffix': 'Light: {from} → {to}',
  'alert.routeSeparator': ', ',
  'alert.moveSeparator': '; ',
  'alert.route.merchant': 'merchant route',
  'alert.route.ipv4': 'IPv4',
  'alert.route.ipv6': 'IPv6',
  'alert.lightName.green': 'green',
  'alert.lightName.yellow': 'yellow',
  'alert.lightName.red': 'red',
  'alert.lightName.wait': 'cool-down',
  'alert.lightName.failing': 'grey',
  'alert.light.red.title': 'PayLight turned red',
  'alert.light.red.body': 'A payment now is likely to be declined. Read why before you pay.',
  'alert.light.wait.title': 'Cool-down: do not try again yet',
  'alert.light.wait.body':
    'After repeated declines the risk checks need time to recover. The window says when to try again.',
  'alert.light.yellow.title': 'PayLight turned yellow',
  'alert.light.yellow.body': 'Something needs a look before you pay. Read why first.',
  'alert.light.green.title': 'PayLight is green again',
  'alert.light.green.body': 'Exit, card and billing address agree again.',
  'alert.failing.title': '{n} checks in a row failed',
  'alert.failing.body':
    'The exit cannot be confirmed now, so the light is grey. Check the network or proxy.',
  'alert.flapping.title': 'Exit is unstable',
  'alert.flapping.body':
    'The exit changed {count} times in {minutes} minutes. No more notices until it settles; hold off paying.',
  'alert.quietDay.title': 'Exit keeps changing',
  'alert.quietDay.body':
    'The exit changes too often: no more exit notices for now (at most {n} a day). The tray and the window still show every change; hold off paying.',
  'alert.level.label': 'Which changes to announce',
  'alert.level.all': 'Every exit IP change',
  'alert.level.important': 'Only country or light changes',
  'alert.level.off': 'None',
} as const satisfies Record<keyof typeof alertsZh, string>
