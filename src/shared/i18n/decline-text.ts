import { declineEn } from './messages/declines.en'
import { declineZh } from './messages/declines.zh'
import { pageText } from './translate'

export type { DeclineMessageKey } from './messages/declines.zh'

/** The decline look-up's text in one language, placeholders filled (loaded with its page). */
export const declineText = pageText({ zh: declineZh, en: declineEn })
