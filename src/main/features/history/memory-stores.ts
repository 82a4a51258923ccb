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

/** A log held in memory only, with the clock its records are stamped with. */
export function memoryLog<E>(name: string, now: () => number = Date.now): LogStore<E> {
  let records: { at: number; entry: E }[] = []
  return {
    load: async () => ({ kind: 'loaded' }),
    append: async (entry) => {
      records = [...records, { at: now(), entry }]
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
