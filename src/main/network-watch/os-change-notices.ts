import type { Timers } from '../../shared/monitor/timers'
import { monitorCommand } from './monitor-command'
import { createLineSplitter } from './notice-lines'

/** The part of a child process the notices use; tests pass a fake. */
export interface MonitorChild {
  readonly stdout: { on(event: 'data', listener: (chunk: Buffer | string) => void): unknown } | null
  on(event: 'error', listener: (error: Error) => void): unknown
  on(event: 'exit', listener: (code: number | null, signal: string | null) => void): unknown
  kill(): boolean
}

/** Starts a monitor command (no shell; stdout piped, the rest ignored, no console window). */
export type SpawnMonitor = (command: string, args: readonly string[]) => MonitorChild

/** What a running watch is told: a notice (read the interfaces again), or that notices stopped. */
export interface NoticeHandlers {
  readonly notice: () => void
  readonly lost: (reason: string) => void
}

/** The OS's own word that the network changed, for as long as it keeps giving it. */
export interface ChangeNotices {
  start(handlers: NoticeHandlers): void
  stop(): void
}

/** A monitor that ran this long was healthy: its exit is restarted at once, not counted. */
export const HEALTHY_RUN_MS = 60_000
/** Wait before restarting a monitor that exited; doubled after each quick exit. */
export const RESTART_MS = 1000
/** Quick exits in a row after which the OS counts as giving no notices. */
export const MAX_QUICK_EXITS = 3

/**
 * The OS's change notices through a long-running monitor command: each line that names an
 * address or interface change is a notice. A monitor that exits is restarted (with a notice, so a
 * change during the gap is not missed); one that cannot start, or keeps exiting quickly, is
 * `lost` and the caller falls back to polling. `stop` ends the child. Null where the platform has
 * no monitor command.
 */
export function createOsChangeNotices(deps: {
  readonly platform: NodeJS.Platform
  readonly spawn: SpawnMonitor
  readonly timers: Timers
  readonly now: () => number
  readonly parentPid: number
}): ChangeNotices | null {
  const spec = monitorCommand(deps.platform, deps.parentPid)
  if (!spec) return null
  let child: MonitorChild | null = null
  let restart: unknown = null
  let stopped = true
  let quickExits = 0

  const launch = (handlers: NoticeHandlers, restarted: boolean): void => {
    restart = null
    const startedAt = deps.now()
    let failed = false
    const fail = (reason: string) => {
      if (failed) return
      failed = true
      child = null
      if (stopped) return
      const quick = deps.now() - startedAt < HEALTHY_RUN_MS
      quickExits = quick ? quickExits + 1 : 0
      if (quickExits >= MAX_QUICK_EXITS) {
        stopped = true
        return handlers.lost(reason)
      }
      restart = deps.timers.setTimeout(() => launch(handlers, true), RESTART_MS * 2 ** quickExits)
    }
    let started: MonitorChild
    try {
      started = deps.spawn(spec.command, spec.args)
    } catch (error) {
      stopped = true
      return handlers.lost(`${spec.command}: ${String(error)}`)
    }
    child = started
    const split = createLineSplitter((line) => {
      if (spec.read(line) !== null) handlers.notice()
    })
    started.stdout?.on('data', (chunk) => split(String(chunk)))
    // A command that does not exist fails here, once; it will not appear later: poll instead.
    started.on('error', (error) => {
      const code = (error as NodeJS.ErrnoException).code
      if (code === 'ENOENT' || code === 'EACCES') {
        failed = true
        child = null
        if (!stopped) {
          stopped = true
          handlers.lost(`${spec.command}: ${code}`)
        }
      } else fail(`${spec.command}: ${String(error)}`)
    })
    started.on('exit', (code, signal) => fail(`${spec.command} exited (${signal ?? code})`))
    // What changed while no monitor ran (between an exit and this restart) is read now.
    if (restarted) handlers.notice()
  }

  return {
    start: (handlers) => {
      if (!stopped) return
      stopped = false
      quickExits = 0
      launch(handlers, false)
    },
    stop: () => {
      stopped = true
      if (restart !== null) deps.timers.clearTimeout(restart)
      restart = null
      child?.kill()
      child = null
    },
  }
}
