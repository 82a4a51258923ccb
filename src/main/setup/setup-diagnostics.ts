import type { AppState } from '../../shared/contract/app-state'
import { logCheckOutcomes } from '../desktop/check-log'
import { watchProcessGone, type ProcessGoneEvents } from '../desktop/process-gone'
import type { MainWindow } from './setup-window'

/**
 * What a user can send when asking for help, and recovery from crashes: each check's outcome in the
 * log (no IP, no card data); a crashed window reloaded (a few times a minute, then closed — the
 * tray opens it again); a crashed network service answered with a new check, since the one in
 * flight died with it. Returns the check log's unsubscribe.
 */
export function setupDiagnostics(deps: {
  readonly app: ProcessGoneEvents
  readonly window: Pick<MainWindow, 'isOurs' | 'reload' | 'close'>
  readonly subscribe: (listener: (state: AppState) => void) => () => void
  readonly checkNow: () => void
  readonly now: () => number
}): () => void {
  watchProcessGone({
    app: deps.app,
    isOurs: deps.window.isOurs,
    reload: deps.window.reload,
    close: deps.window.close,
    networkServiceGone: deps.checkNow,
    now: deps.now,
  })
  return logCheckOutcomes(deps.subscribe)
}
