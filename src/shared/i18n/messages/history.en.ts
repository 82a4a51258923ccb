import type { historyZh } from './history.zh'

/** The History page, in English; keys follow the Chinese table. */
export const historyEn = {
  'tab.history': 'History',
  'history.title': 'Exit history',
  'history.range.24h': 'Last 24 hours',
  'history.range.7d': 'Last 7 days',
  'history.chart': 'Merchant-route country and light over time',
  'history.row.country': 'Country',
  'history.row.light': 'Light',
  'history.row.events': 'Events',
  'history.legend.exit': 'Exit change',
  'history.legend.session': 'Ready to pay',
  'history.legend.decline': 'Decline',
  'history.legend.failed': 'Checks failed',
  'history.stable.now': 'Stable for {duration}',
  'history.stable.longest': 'Longest stable stretch {duration}',
  'history.changes': '{n} changes per day ({total} in all)',
  'history.unknown': 'not known yet',
  'history.entries': '{n} entries kept on this computer',
  'history.empty': 'Nothing recorded in this range',
  'history.erase': 'Erase all history',
  'history.erase.confirm':
    'Erase all history? This cannot be undone. (Declines and the cool-down stay.)',
  'history.note':
    'History stays on this computer: exit IPs and countries, no card numbers; not encrypted, readable by your user only; at most 30 days or 10,000 entries.',
  'history.event.snapshot': 'Watching started: merchant route {ip} {country}',
  'history.event.exit': '{route} exit changed: {from} → {to}',
  'history.event.light': 'Light turned {light}',
  'history.event.session': 'Ready to pay: {outcome}, took {duration}',
  'history.event.decline': 'Decline logged',
  'history.event.cooldown.started': 'Cool-down started',
  'history.event.cooldown.over': 'Cool-down over',
  'history.event.cooldown.ended-early': 'Cool-down ended early',
  'history.event.checks-failed': '{count} checks failed in a row',
  'history.event.alert': 'Alert: {kind}',
  'history.event.attempt': 'Closed a payment attempt ({n} steps ticked)',
} as const satisfies Record<keyof typeof historyZh, string>
