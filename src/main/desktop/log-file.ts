import path from 'node:path'
import type { NodeLogger } from 'electron-log'
import type { LogEntry, LogLevel } from '../../shared/util/logger'
import { scanForCardNumbers } from '../../shared/profile/card-number-scan'

/** Where the log lives: `<userData>/logs/paylight.log`, one rotated copy beside it. */
export const LOG_DIR = 'logs'
export const LOG_FILE = 'paylight.log'
/** Rotation: past this size the file becomes `paylight.old.log` and a new one starts (≤ 2 MiB). */
export const LOG_MAX_BYTES = 1024 * 1024

/** What stands in a log line where the card-number scanner found something. */
export const REMOVED = '[removed: looked like a card number]'

/**
 * The entry as it may be written: the shared card-number scanner (the one the profile form uses)
 * looks at the message and every field; a message with a hit is replaced, and fields with a hit are
 * dropped as a whole (a split number spans fields, and a key can hold digits too).
 */
export function redactEntry(entry: LogEntry): LogEntry {
  const messageHit = scanForCardNumbers({ message: entry.message }).length > 0
  const dataHit = entry.data !== undefined && scanForCardNumbers(entry.data).length > 0
  if (!messageHit && !dataHit) return entry
  return {
    level: entry.level,
    scope: entry.scope,
    message: messageHit ? REMOVED : entry.message,
    ...(entry.data ? { data: dataHit ? { removed: REMOVED } : entry.data } : {}),
  }
}

const write: Record<LogLevel, keyof Pick<NodeLogger, 'debug' | 'info' | 'warn' | 'error'>> = {
  debug: 'debug',
  info: 'info',
  warn: 'warn',
  error: 'error',
}

/**
 * A rotating log file in the user data folder, fed by the one shared logger (install the returned
 * sink with `setLogSink`): electron-log's file transport (size-based rotation, one old copy),
 * every entry through `redactEntry` first so a card number can never reach the disk. The console
 * copy is for development only.
 */
export function createLogFile(
  log: Pick<NodeLogger, 'debug' | 'info' | 'warn' | 'error' | 'transports'>,
  options: { readonly userData: string; readonly console: boolean; readonly maxBytes?: number },
) {
  const file = path.join(options.userData, LOG_DIR, LOG_FILE)
  log.transports.file.resolvePathFn = () => file
  log.transports.file.maxSize = options.maxBytes ?? LOG_MAX_BYTES
  log.transports.console.level = options.console ? 'silly' : false
  return {
    /** The sink for `setLogSink`. */
    sink: (entry: LogEntry): void => {
      const safe = redactEntry(entry)
      const line = `${safe.scope}: ${safe.message}`
      if (safe.data) log[write[safe.level]](line, safe.data)
      else log[write[safe.level]](line)
    },
    /** The log file's path ("打开日志文件夹 / Open log folder" opens its folder). */
    file,
    folder: path.dirname(file),
  }
}

/**
 * "打开日志文件夹 / Open log folder" (Settings): the folder in the system's file manager, through
 * `shell.openPath`, which answers with an error message or "".
 */
export async function openLogFolder(
  openPath: (folder: string) => Promise<string>,
  folder: string,
): Promise<{ ok: boolean }> {
  const error = await openPath(folder).catch((e: unknown) => String(e))
  return { ok: error === '' }
}

/**
 * The main process's own failures into the log: an uncaught exception or an unhandled rejection
 * (Electron would show a dialog for the first and say nothing for the second). Stacks only — the
 * shared logger's scanner still sees every field.
 */
export function logProcessErrors(
  proc: Pick<NodeJS.Process, 'on'>,
  log: { error(message: string, data?: Record<string, unknown>): void },
): void {
  const detail = (error: unknown) =>
    error instanceof Error ? (error.stack ?? String(error)) : String(error)
  proc.on('uncaughtException', (error) => log.error('uncaught exception', { error: detail(error) }))
  proc.on('unhandledRejection', (reason) =>
    log.error('unhandled rejection', { error: detail(reason) }),
  )
}
