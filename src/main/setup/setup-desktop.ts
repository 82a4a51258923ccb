import type { App } from 'electron'
import type { NodeLogger } from 'electron-log'
import { createLogger, setLogSink } from '../../shared/util/logger'
import { createLaunchQueue, openOnRelaunch, type RelaunchEvents } from '../desktop/launch-queue'
import { createLogFile, logProcessErrors } from '../desktop/log-file'
import { applySmokeOverrides } from '../desktop/smoke-test-overrides'

/** The parts of Electron's app the desktop needs before `ready`. */
export type EarlyDesktopApp = Pick<App, 'isPackaged' | 'setPath' | 'getPath'> & RelaunchEvents

/**
 * What must happen before `ready`, in this order: the smoke test's user data folder (Electron and
 * the single-instance lock read it early; a normal start has none), the log file in that folder
 * with every later log line and the main process's uncaught errors in it, and the queue that holds
 * a second launch (or macOS re-opening the app) until the window can be served (`launches.ready`
 * is handed the window's opener).
 */
export function setupEarlyDesktop(
  app: EarlyDesktopApp,
  deps: {
    readonly platform: NodeJS.Platform
    /** Node's process: its environment, its 'uncaughtException' and 'unhandledRejection'. */
    readonly process: Pick<NodeJS.Process, 'on' | 'env'>
    /** electron-log's Node logger (`electron-log/node`): the file transport and its rotation. */
    readonly electronLog: Pick<NodeLogger, 'debug' | 'info' | 'warn' | 'error' | 'transports'>
  },
) {
  const smoke = applySmokeOverrides(app, deps.process.env)
  const logFile = createLogFile(deps.electronLog, {
    userData: app.getPath('userData'),
    console: !app.isPackaged,
  })
  setLogSink(logFile.sink, 'info')
  logProcessErrors(deps.process, createLogger('process'))
  const launches = createLaunchQueue()
  openOnRelaunch({ app, platform: deps.platform, queue: launches })
  return { smoke, logFile, launches }
}

/** See {@link setupEarlyDesktop}. */
export type EarlyDesktop = ReturnType<typeof setupEarlyDesktop>
