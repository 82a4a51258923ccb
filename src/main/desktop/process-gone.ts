import type { Details, RenderProcessGoneDetails } from 'electron'
import { createLogger, type Logger } from '../../shared/util/logger'

/** Reloads of a crashed window allowed within {@link RECOVERY_WINDOW_MS}; past that it stays closed. */
export const MAX_RECOVERIES = 3
export const RECOVERY_WINDOW_MS = 60_000

/** The app events this listens to, as Electron 45 types them. */
export interface ProcessGoneEvents {
  on(
    event: 'render-process-gone',
    listener: (
      event: unknown,
      contents: { readonly id: number },
      details: RenderProcessGoneDetails,
    ) => void,
  ): unknown
  on(event: 'child-process-gone', listener: (event: unknown, details: Details) => void): unknown
}

/**
 * Logs every renderer or helper process that went away, and recovers: our window's renderer is
 * reloaded (a bounded number of times a minute, so a page that crashes at once does not loop; then
 * it is closed and the tray stays the way back in); a network service crash (Chromium restarts it)
 * asks for a new check, since the one in flight failed with it. A clean exit is normal and ignored.
 */
export function watchProcessGone(deps: {
  readonly app: ProcessGoneEvents
  readonly isOurs: (webContentsId: number) => boolean
  readonly reload: () => void
  readonly close: () => void
  readonly networkServiceGone: () => void
  readonly now: () => number
  readonly log?: Logger
}): void {
  const log = deps.log ?? createLogger('processes')
  const recoveries: number[] = []
  deps.app.on('render-process-gone', (_event, contents, details) => {
    if (details.reason === 'clean-exit') return
    const ours = deps.isOurs(contents.id)
    log.error('renderer gone', { reason: details.reason, exitCode: details.exitCode, ours })
    if (!ours) return
    const now = deps.now()
    while (recoveries.length > 0 && (recoveries[0] ?? 0) <= now - RECOVERY_WINDOW_MS)
      recoveries.shift()
    if (recoveries.length >= MAX_RECOVERIES) {
      log.error('window keeps crashing: closed it; the tray still opens it', {
        reloads: recoveries.length,
      })
      deps.close()
      return
    }
    recoveries.push(now)
    deps.reload()
  })
  deps.app.on('child-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit') return
    log.error('helper process gone', {
      type: details.type,
      reason: details.reason,
      exitCode: details.exitCode,
      ...(details.serviceName ? { service: details.serviceName } : {}),
    })
    if (details.serviceName === 'network.mojom.NetworkService') deps.networkServiceGone()
  })
}
