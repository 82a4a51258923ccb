import type { ActivationArguments, NotificationConstructorOptions } from 'electron'
import { createLogger } from '../../shared/logger'
import type { Lang } from '../../shared/country'
import type { NoticeRecord } from '../../shared/notices'
import { noticeIdOfActivation, toastXml } from './toast-xml'

/** The parts of an Electron Notification the glue uses; tests pass the fake's. */
export interface NotificationLike {
  on(event: 'click' | 'close' | 'show', listener: () => void): unknown
  on(event: 'failed', listener: (event: unknown, error: string) => void): unknown
  show(): void
}

/** Electron's Notification class, narrowed. `handleActivation` exists on Windows only. */
export interface NotificationClass {
  new (options: NotificationConstructorOptions): NotificationLike
  isSupported(): boolean
  handleActivation?: (callback: (details: ActivationArguments) => void) => void
}

/** Notifications the glue keeps alive at most: macOS does not promise a 'close' for each one. */
export const MAX_LIVE_NOTIFICATIONS = 20

const log = createLogger('notifications')

/**
 * System notifications that report back: one that cannot be shown (unsupported, or 'failed' as an
 * unsigned macOS app's do since Electron 42) is marked undelivered so the window and the tray show
 * it; each is kept referenced until clicked or closed (a collected one can vanish from the
 * notification centre); a click opens the window on the page that explains the notice.
 */
export function setupNotifications(deps: {
  readonly Notification: NotificationClass
  readonly platform: NodeJS.Platform
  readonly undelivered: (id: string) => void
  readonly find: (id: string) => NoticeRecord | null
  readonly open: (notice: NoticeRecord | null) => void
  /** The language the system notification is shown in: the one chosen now. */
  readonly lang: () => Lang
}) {
  const live = new Map<string, NotificationLike>()
  const { Notification } = deps
  // Windows: activations (also after a restart, or of a collected toast) arrive here.
  const activation =
    deps.platform === 'win32' && typeof Notification.handleActivation === 'function'
  if (activation)
    Notification.handleActivation?.((details) => {
      const id = noticeIdOfActivation(details.arguments)
      if (id) live.delete(id)
      deps.open(id ? deps.find(id) : null)
    })

  const deliver = (notice: NoticeRecord): void => {
    if (!Notification.isSupported()) return deps.undelivered(notice.id)
    const lang = deps.lang()
    const title = notice.title[lang]
    const body = notice.body[lang]
    try {
      const n = new Notification({
        id: notice.id,
        title,
        body,
        ...(activation ? { toastXml: toastXml(notice.id, title, body) } : {}),
      })
      const release = () => live.delete(notice.id)
      n.on('failed', (_event, error) => {
        log.warn('notification not shown', { error })
        release()
        deps.undelivered(notice.id)
      })
      n.on('close', release)
      // With handleActivation registered, Windows reports the click there as well; once is enough.
      if (!activation)
        n.on('click', () => {
          release()
          deps.open(notice)
        })
      live.set(notice.id, n)
      if (live.size > MAX_LIVE_NOTIFICATIONS) live.delete(live.keys().next().value as string)
      n.show()
    } catch (error) {
      log.warn('notification failed', { error: String(error) })
      live.delete(notice.id)
      deps.undelivered(notice.id)
    }
  }
  return {
    deliver,
    /** How many notifications are held alive (for tests and diagnostics). */
    held: (): number => live.size,
  }
}
