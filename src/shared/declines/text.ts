import type { Lang } from '../geo/country'
import { formatMessage, type MessageParams } from '../guide/message-format'
import { declineEn } from './messages.en'
import { declineZh, type DeclineMessageKey } from './messages.zh'

const tables: Readonly<Record<Lang, Readonly<Record<DeclineMessageKey, string>>>> = {
  zh: declineZh,
  en: declineEn,
}

/** The look-up's text in one language, placeholders filled. */
export function declineText(lang: Lang, key: DeclineMessageKey, params?: MessageParams): string {
  return formatMessage(tables[lang][key], params)
}
