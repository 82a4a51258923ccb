import type { ActivationArguments, NotificationConstructorOptions } from 'electron'
import { createLogger } from '../../shared/util/logger'
import type { Lang } from '../../shared/geo/country'
import type { NoticePage, NoticeRecord } from '../../shared/contract/notices'
import type { AppServices } from '../app-services'
import { watchNotificationDaemon } from './notification-daemon'
import type { RunCommand } from './run-command'
import { toastTargetOf, toastXml } from './toast-xml'

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
 * System notifications that report back: one that cannot be shown (unsupported, no notification
 * daemon on Linux — where Electron documents no 'failed' event — or 'failed' as an unsigned macOS
 * app's do since Electron 42) is marked undelivered so the window and the tray show it; each is
 * kept referenced until clicked or closed (a collected one can vanish from the notification
 * centre); a click opens the window on the page that explains the notice, on Windows also after a
 * restart (the page rides in the toast's launch arguments).
 */
export function setupNotifications(deps: {
  readonly Notification: NotificationClass
  readonly platform: NodeJS.Platform
  readonly undelivered: (id: string) => void
  readonly find: (id: string) => NoticeRecord | null
  /** Opens the window: `page` is the notice's, or the clicked toast's when the notice is gone. */
  readonly open: (notice: NoticeRecord | null, page: NoticePage) => void
  /**
   * Whether the system can show a notification now beyond what Electron's `isSupported()` knows:
   * on Linux, whether a notification daemon is on the session bus (see notification-daemon.ts).
   */
  readonly systemCanShow?: () => boolean
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
      const target = toastTargetOf(details.arguments)
      if (target) live.delete(target.id)
      const notice = target ? deps.find(target.id) : null
      deps.open(notice, notice?.page ?? target?.page ?? 'status')
    })

  const deliver = (notice: NoticeRecord): void => {
    if (!Notification.isSupported() || deps.systemCanShow?.() === false)
      return deps.undelivered(notice.id)
    const lang = deps.lang()
    const title = notice.title[lang]
    const body = notice.body[lang]
    try {
      const n = new Notification({
        id: notice.id,
        title,
        body,
        ...(activation ? { toastXml: toastXml(notice, title, body) } : {}),
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
          deps.open(notice, notice.page)
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

/**
 * The system notifier as the app connects it: Electron's notifications, told on Linux whether a
 * notification daemon is on the session bus — asked again before each notice (notices are rare,
 * and a daemon may have started or stopped since) — and clicks opening the window on the notice's
 * page. Elsewhere a notice goes to the system at once.
 */
export function setupSystemNotices(
  electron: { readonly Notification: NotificationClass },
  deps: {
    readonly platform: NodeJS.Platform
    readonly run: RunCommand
    readonly lang: () => Lang
    readonly services: { readonly notices: Pick<AppServices['notices'], 'undelivered' | 'find'> }
    readonly openWindow: (page: NoticePage) => void
  },
): (notice: NoticeRecord) => void {
  const daemon = watchNotificationDaemon(deps.platform, deps.run)
  const system = setupNotifications({
    Notification: electron.Notification,
    platform: deps.platform,
    undelivered: deps.services.notices.undelivered,
    find: deps.services.notices.find,
    open: (_notice, page) => deps.openWindow(page),
    systemCanShow: daemon.canShow,
    lang: deps.lang,
  })
  if (deps.platform !== 'linux') return system.deliver
  return (notice) => void daemon.refresh().then(() => system.deliver(notice))
}
