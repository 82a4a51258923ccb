import { guideEn } from './messages/guide.en'
import { guideZh } from './messages/guide.zh'
import { pageText } from './translate'

export type { GuideMessageKey } from './messages/guide.zh'

/** The guide's text in one language, placeholders filled (loaded with the guide page). */
export const guideText = pageText({ zh: guideZh, en: guideEn })
