import type { Session, WebContents } from 'electron'

/** The parts of WebContents the guards hook into. */
export type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>

/**
 * `scheme://host[:port]` of a URL, or null. Not `URL.origin`: WHATWG gives the opaque origin "null"
 * for custom schemes such as app://, which would make every app:// URL look alike. A URL with user
 * information (`app://user@paylight`) has no origin of ours: nothing PayLight loads carries one.
 */
export function originOf(url: string | undefined | null): string | null {
  if (!url || !URL.canParse(url)) return null
  const parsed = new URL(url)
  if (parsed.username !== '' || parsed.password !== '' || /^[^/]*\/\/[^/?#]*@/.test(url))
    return null
  return parsed.host ? `${parsed.protocol}//${parsed.host}` : null
}

/** True when a navigation stays on the renderer's own origin (reloads, dev-server HMR). */
export function isSameOrigin(target: string, allowedOrigins: readonly string[]): boolean {
  const origin = originOf(target)
  return origin !== null && allowedOrigins.includes(origin)
}

/**
 * Applied on every `web-contents-created`: no new windows, no navigation away from our origin, no
 * webviews. Links go through the link opener's allow-list instead.
 */
export function guardWebContents(
  contents: GuardedContents,
  allowedOrigins: readonly string[],
): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
  contents.on('will-navigate', (event, url) => {
    if (!isSameOrigin(url, allowedOrigins)) event.preventDefault()
  })
  contents.on('will-redirect', (event, url) => {
    if (!isSameOrigin(url, allowedOrigins)) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
}

/** Denies every permission request and check (camera, notifications from the page, geolocation, ...). */
export function denyAllPermissions(
  session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>,
): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
}
