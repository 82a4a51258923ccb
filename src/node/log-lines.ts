import type { z } from 'zod'

/** One logged entry and when it was written (ms since the epoch), the unit a log keeps and ages. */
export interface LogRecord<E> {
  readonly at: number
  readonly entry: E
}

/** How a log's lines are versioned and validated. */
export interface LogRules<E> {
  readonly version: number
  readonly schema: z.ZodType<E>
  /** Entry steps keyed by the version they start from (1 → 2 under key 1). */
  readonly migrations?: Readonly<Record<number, (entry: unknown) => unknown>>
}

/** What a log's text held: its valid entries in order, and what was skipped. */
export interface ParsedLog<E> {
  readonly records: readonly LogRecord<E>[]
  /** Complete lines that were not valid entries (corrupt, or written by a newer version). */
  readonly skipped: number
  /** The last line was cut off by a crash or a full disk; it is skipped, never fatal. */
  readonly tornTail: boolean
  /** Whether the text ends with a newline (if not, the next append starts a new line first). */
  readonly endsClean: boolean
}

/** The line written for one entry: `{"v":<version>,"at":<ms>,"e":<entry>}` and a newline. */
export function formatLogLine<E>(record: LogRecord<E>, version: number): string {
  return `${JSON.stringify({ v: version, at: record.at, e: record.entry })}\n`
}

/** One line → a record, or null when it is not a valid entry this version can read. Never throws. */
export function parseLogLine<E>(line: string, rules: LogRules<E>): LogRecord<E> | null {
  let raw: unknown
  try {
    raw = JSON.parse(line)
  } catch {
    return null
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return null
  const { v, at, e } = raw as { v?: unknown; at?: unknown; e?: unknown }
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1 || v > rules.version) return null
  if (typeof at !== 'number' || !Number.isFinite(at)) return null
  let entry = e
  for (let version = v; version < rules.version; version += 1) {
    const step = rules.migrations?.[version]
    if (!step) return null
    try {
      entry = step(entry)
    } catch {
      return null
    }
  }
  const parsed = rules.schema.safeParse(entry)
  return parsed.success ? { at, entry: parsed.data } : null
}

/** A whole log's text → its entries. A bad line costs that line only; nothing here throws. */
export function parseLogText<E>(text: string, rules: LogRules<E>): ParsedLog<E> {
  const endsClean = text.length === 0 || text.endsWith('\n')
  const lines = text.split('\n')
  const tail = endsClean ? '' : (lines.pop() ?? '')
  const records: LogRecord<E>[] = []
  let skipped = 0
  for (const line of lines) {
    if (line.trim() === '') continue
    const record = parseLogLine(line, rules)
    if (record) records.push(record)
    else skipped += 1
  }
  const last = tail.trim() === '' ? null : parseLogLine(tail, rules)
  if (last) records.push(last)
  return { records, skipped, tornTail: tail.trim() !== '' && !last, endsClean }
}
