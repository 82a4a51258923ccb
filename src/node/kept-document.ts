import type { z } from 'zod'
import type { AsideReason } from '../shared/storage/kept-file-types'

/** One schema step: a document of version n in, a document of version n + 1 out. */
export type Migration = (data: Record<string, unknown>) => Record<string, unknown>

/** How a kept file's JSON document is versioned, migrated and validated. */
export interface DocumentRules<T> {
  /** The version this build writes. */
  readonly version: number
  /** Validates a document already at `version` and gives the value the app holds. */
  readonly schema: z.ZodType<T>
  /** Steps keyed by the version they start from (1 → 2 under key 1). */
  readonly migrations?: Readonly<Record<number, Migration>>
  /** Where the document keeps its version (default: a `version` number field). */
  readonly versionOf?: (data: Record<string, unknown>) => number | null
  /**
   * Parts of a document that could not be read although the rest could (a setting with a bad
   * byte): the value keeps the rest and the defaults, and the file is reported like any other
   * unreadable file — moved aside, listed, never silently overwritten.
   */
  readonly unreadableParts?: (data: Record<string, unknown>) => readonly string[]
}

/** A document read: its value (and whether it was migrated), or why it must be moved aside. */
export type DocumentResult<T> =
  | {
      readonly kind: 'ok'
      readonly value: T
      readonly migrated: boolean
      readonly unreadable: readonly string[]
    }
  | {
      readonly kind: 'aside'
      readonly reason: Extract<AsideReason, 'corrupt' | 'future-version' | 'invalid'>
    }

const asRecord = (value: unknown): Record<string, unknown> | null =>
  value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null

const defaultVersionOf = (data: Record<string, unknown>): number | null =>
  typeof data.version === 'number' && Number.isInteger(data.version) ? data.version : null

/**
 * Text → value through parse, version check, migrations and schema. Never throws: whatever is
 * wrong with the text becomes a reason to move the file aside, and a newer version is never guessed.
 */
export function readDocument<T>(text: string, rules: DocumentRules<T>): DocumentResult<T> {
  let data: Record<string, unknown> | null
  try {
    data = asRecord(JSON.parse(text))
  } catch {
    return { kind: 'aside', reason: 'corrupt' }
  }
  const versionOf = rules.versionOf ?? defaultVersionOf
  let migrated = false
  while (data) {
    const version = versionOf(data)
    if (version === null || version < 1) return { kind: 'aside', reason: 'corrupt' }
    if (version > rules.version) return { kind: 'aside', reason: 'future-version' }
    if (version === rules.version) break
    const step = rules.migrations?.[version]
    if (!step) return { kind: 'aside', reason: 'invalid' }
    try {
      data = asRecord(step(data))
    } catch {
      return { kind: 'aside', reason: 'invalid' }
    }
    migrated = true
  }
  if (!data) return { kind: 'aside', reason: 'corrupt' }
  const parsed = rules.schema.safeParse(data)
  if (!parsed.success) return { kind: 'aside', reason: 'invalid' }
  return {
    kind: 'ok',
    value: parsed.data,
    migrated,
    unreadable: rules.unreadableParts?.(data) ?? [],
  }
}
