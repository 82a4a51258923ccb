/** Log levels in increasing severity; the sink decides what to keep. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error'

/** One log line; never carries card data (callers pass ids and codes, not user input). */
export interface LogEntry {
  readonly level: LogLevel
  readonly scope: string
  readonly message: string
  readonly data?: Readonly<Record<string, unknown>>
}

type Sink = (entry: LogEntry) => void

const consoleSink: Sink = (entry) => {
  const line = `[${entry.level}] ${entry.scope}: ${entry.message}`
  const write =
    entry.level === 'error' ? console.error : entry.level === 'warn' ? console.warn : console.log
  if (entry.data) write(line, entry.data)
  else write(line)
}

let sink: Sink = consoleSink
let minimum: LogLevel = 'info'
let redact: <T>(value: T) => T = (value) => value
const order: Record<LogLevel, number> = { debug: 0, info: 1, warn: 2, error: 3 }

/** Tests and the CLI redirect or silence logging without touching the console. */
export function setLogSink(next: Sink | null, level: LogLevel = 'info'): void {
  sink = next ?? consoleSink
  minimum = level
}

/**
 * Main and the CLI pass every line through a redactor (card numbers masked) before it is written;
 * set once at start. The window's bundle leaves it out, so the scanner stays off its first screen.
 */
export function setLogRedactor(next: <T>(value: T) => T): void {
  redact = next
}

/** The single logger every process uses, so log policy lives in one place. */
export function createLogger(scope: string) {
  const emit = (level: LogLevel, message: string, data?: Record<string, unknown>) => {
    if (order[level] < order[minimum]) return
    const text = redact(message)
    sink(
      data ? { level, scope, message: text, data: redact(data) } : { level, scope, message: text },
    )
  }
  return {
    debug: (message: string, data?: Record<string, unknown>) => emit('debug', message, data),
    info: (message: string, data?: Record<string, unknown>) => emit('info', message, data),
    warn: (message: string, data?: Record<string, unknown>) => emit('warn', message, data),
    error: (message: string, data?: Record<string, unknown>) => emit('error', message, data),
  }
}

/** The logger's shape, for injection into adapters. */
export type Logger = ReturnType<typeof createLogger>
