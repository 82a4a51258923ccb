import { defaultHistoryBounds } from '../../../shared/history/bounded-log'
import type { DocStore, LogStore } from '../../../shared/history/stores'

const ready = (name: string) => ({ name, status: { kind: 'ready' as const }, movedAside: [] })

/** A document held in memory only: for tests, and for hosts that keep no files. */
export function memoryDoc<T>(name: string, empty: T): DocStore<T> {
  let value = empty
  return {
    load: async () => ({ kind: 'empty', value }),
    save: async (next) => {
      value = next
      return { ok: true }
    },
    info: () => ready(name),
    status: () => ({ kind: 'ready' }),
    value: () => value,
    retry: async () => ({ kind: 'loaded', value }),
    // Nothing to move in memory: starting afresh is what moving aside leaves behind.
    moveAside: async () => {
      value = empty
      return { ok: true }
    },
    restore: async () => ({ ok: true }),
  }
}

/**
 * A log held in memory only, with the clock its records are stamped with; bounded like the files
 * (the newest `maxEntries` within `maxAgeMs`), so a host that keeps no files does not grow.
 */
export function memoryLog<E>(
  name: string,
  now: () => number = Date.now,
  bounds: { readonly maxEntries: number; readonly maxAgeMs: number } = defaultHistoryBounds,
): LogStore<E> {
  let records: { at: number; entry: E }[] = []
  return {
    load: async () => ({ kind: 'loaded' }),
    append: async (entry) => {
      const at = now()
      records.push({ at, entry })
      // Held to the bounds as the files are: the newest maxEntries, none older than maxAgeMs.
      if (records.length > bounds.maxEntries) records.shift()
      const oldest = records[0]
      if (oldest && at - oldest.at > bounds.maxAgeMs)
        records = records.filter((r) => at - r.at <= bounds.maxAgeMs)
      return { ok: true }
    },
    clear: async () => {
      records = []
      return { ok: true }
    },
    records: () => records,
    info: () => ready(name),
    status: () => ({ kind: 'ready' }),
    retry: async () => ({ kind: 'loaded' }),
    moveAside: async () => {
      records = []
      return { ok: true }
    },
  }
}
