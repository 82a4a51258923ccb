const LAUNCH_PREFIX = 'paylight-notice='

const escapeXml = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c,
  )

/**
 * A Windows toast that carries the notice id in its launch arguments: Windows hands those back to
 * `Notification.handleActivation` even after the app restarted, so a click still finds its page.
 */
export function toastXml(id: string, title: string, body: string): string {
  return (
    `<toast launch="${escapeXml(LAUNCH_PREFIX + id)}" activationType="foreground">` +
    '<visual><binding template="ToastGeneric">' +
    `<text>${escapeXml(title)}</text><text>${escapeXml(body)}</text>` +
    '</binding></visual></toast>'
  )
}

/** The notice id in a toast's activation arguments, or null when they are not ours. */
export function noticeIdOfActivation(args: string): string | null {
  const match = /^paylight-notice=([a-z0-9-]{1,40})$/.exec(args.trim())
  return match?.[1] ?? null
}
