import type { noticesZh } from './notices.zh'

/** Notices shown in the window and the tray when the system did not show them, in English. */
export const noticesEn = {
  'notice.dismiss': 'Dismiss',
  'notice.undelivered': 'Notice: {title}',
  'tray.nextStep': 'Next step: {step}',
} as const satisfies Record<keyof typeof noticesZh, string>
