import { noticePages, type NoticePage } from '../../shared/contract/notices'

const LAUNCH_PREFIX = 'paylight-notice='

const escapeXml = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c,
  )

/** What a toast's launch arguments carry: the notice, and its page for when the notice is gone. */
export interface ToastTarget {
  readonly id: string
  readonly page: NoticePage
}

/**
 * A Windows toast whose launch arguments carry the notice id and its page: Windows hands them to
 * `Notification.handleActivation` even after PayLight restarted (notices live in memory only), so
 * a click from the Action Center still opens the page that explains it.
 */
export function toastXml(target: ToastTarget, title: string, body: string): string {
  const launch = `${LAUNCH_PREFIX}${target.id}&page=${target.page}`
  return (
    `<toast launch="${escapeXml(launch)}" activationType="foreground">` +
    '<visual><binding template="ToastGeneric">' +
    `<text>${escapeXml(title)}</text><text>${escapeXml(body)}</text>` +
    '</binding></visual></toast>'
  )
}

const isPage = (page: string | undefined): page is NoticePage =>
  (noticePages as readonly string[]).includes(page ?? '')

/** The notice and page in a toast's activation arguments, or null when they are not ours. */
export function toastTargetOf(args: string): ToastTarget | null {
  const match = /^paylight-notice=([a-z0-9-]{1,40})(?:&page=([a-z-]{1,20}))?$/.exec(args.trim())
  if (!match?.[1]) return null
  return { id: match[1], page: isPage(match[2]) ? match[2] : 'status' }
}
