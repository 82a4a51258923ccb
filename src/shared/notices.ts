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

/** What a feature asks to tell the user; `page` is where a click on it leads. */
export interface NoticeInput {
  readonly title: string
  readonly body: string
  readonly page?: NoticePage
}

/**
 * A notice as the app keeps it. `delivered` is false when the system could not show it (unsigned
 * macOS app, notifications unsupported or refused): the window and the tray show it instead.
 */
export interface NoticeRecord {
  readonly id: string
  readonly title: string
  readonly body: string
  readonly page: NoticePage
  /** ISO time it was raised. */
  readonly at: string
  readonly delivered: boolean
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
