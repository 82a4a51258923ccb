import type { Lang } from '../geo/country'
import { formatMessage, type MessageParams } from './message-format'
import { guideEn } from './messages.en'
import { guideZh, type GuideMessageKey } from './messages.zh'

const tables: Readonly<Record<Lang, Readonly<Record<GuideMessageKey, string>>>> = {
  zh: guideZh,
  en: guideEn,
}

/** The guide's text in one language, placeholders filled. */
export function guideText(lang: Lang, key: GuideMessageKey, params?: MessageParams): string {
  return formatMessage(tables[lang][key], params)
}
