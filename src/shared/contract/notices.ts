import type { Lang } from '../geo/country'

/** The window's pages a notice can point to; the page that explains what the notice is about. */
export const noticePages = [
  'status',
  'checklist',
  'profile',
  'settings',
  'history',
  'session',
] as const
/** One of {@link noticePages}. */
export type NoticePage = (typeof noticePages)[number]

/** A notice's words in one language, as a feature writes them; `page` is where a click leads. */
export interface NoticeWords {
  readonly title: string
  readonly body: string
  readonly page?: NoticePage
  readonly topic?: NoticeTopic
}

/**
 * What a notice is about, when a fallback must treat it apart: the payment session's stop (its
 * own banner says it while the session watches, and it ends with the session) and the cool-down's
 * start (the light says it while it runs) and end.
 */
export const noticeTopics = ['session-stop', 'cooldown-started', 'cooldown-over'] as const
/** One of {@link noticeTopics}. */
export type NoticeTopic = (typeof noticeTopics)[number]

/** Words in each language PayLight speaks. */
export type InEachLang = Readonly<Record<Lang, string>>

/**
 * What a feature asks to tell the user, in each language: a notice kept for the window and the tray
 * is shown in the language chosen now, not the one of the moment it was raised.
 */
export interface NoticeInput {
  readonly title: InEachLang
  readonly body: InEachLang
  readonly page?: NoticePage
  readonly topic?: NoticeTopic
}

/** A notice in each language, from a feature's words written one language at a time. */
export function inEachLang(words: (lang: Lang) => NoticeWords): NoticeInput {
  const zh = words('zh')
  const en = words('en')
  return {
    title: { zh: zh.title, en: en.title },
    body: { zh: zh.body, en: en.body },
    ...(zh.page ? { page: zh.page } : {}),
    ...(zh.topic ? { topic: zh.topic } : {}),
  }
}

/**
 * A notice as the app keeps it. `delivered` is false when the system could not show it (unsigned
 * macOS app, notifications unsupported or refused): the window and the tray show it instead.
 */
export interface NoticeRecord {
  readonly id: string
  readonly title: InEachLang
  readonly body: InEachLang
  readonly page: NoticePage
  /** ISO time it was raised. */
  readonly at: string
  readonly delivered: boolean
  readonly topic?: NoticeTopic
}

/** A page the window is asked to show; `seq` grows with each request so a repeat is still seen. */
export interface PageRequest {
  readonly page: NoticePage
  readonly seq: number
}

/** How many notices are kept: enough for the banner and the tray, small enough to push each time. */
export const MAX_NOTICES = 5

/** Adds a notice at the front, dropping the oldest beyond {@link MAX_NOTICES}. */
export function addNotice(
  list: readonly NoticeRecord[],
  notice: NoticeRecord,
): readonly NoticeRecord[] {
  return [notice, ...list.filter((n) => n.id !== notice.id)].slice(0, MAX_NOTICES)
}

/**
 * Marks one notice as not shown by the system, so the in-app fallbacks take it up. Returns the same
 * list when nothing changes, so callers publish only real changes.
 */
export function markUndelivered(
  list: readonly NoticeRecord[],
  id: string,
): readonly NoticeRecord[] {
  if (!list.some((n) => n.id === id && n.delivered)) return list
  return list.map((n) => (n.id === id ? { ...n, delivered: false } : n))
}

/** Removes a notice the user has read; the same list when it is not there. */
export function dropNotice(list: readonly NoticeRecord[], id: string): readonly NoticeRecord[] {
  return list.some((n) => n.id === id) ? list.filter((n) => n.id !== id) : list
}

/** The newest notice the system did not show: the one the banner and the tray's first line carry. */
export function latestUndelivered(list: readonly NoticeRecord[]): NoticeRecord | null {
  return list.find((n) => !n.delivered) ?? null
}
