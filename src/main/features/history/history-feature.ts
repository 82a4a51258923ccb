import { defaultHistoryBounds } from '../../../shared/history/bounded-log'
import type { HistoryEvent } from '../../../shared/history/history-event'
import {
  exitChangesSince,
  historyView,
  type HistoryRange,
} from '../../../shared/history/history-view'
import type { ExitChange } from '../../../shared/monitor/exit-changes'
import type { StorageError } from '../../../shared/storage/kept-file-types'
import { defineFeature, type ComposedState, type FeatureContext } from '../feature'
import { logTarget } from '../storage/storage-target'
import { createHistoryRecorder } from './history-recorder'
import { historyLog } from './history-log'

/** What the history needs: where its log is, the clock, and who to tell when it changed. */
export type HistoryFeatureDeps = Pick<FeatureContext, 'folder' | 'now' | 'onChange'>

/**
 * The local history: every event from the monitor, the verdict, the session and the decline log
 * goes through `record` (the one hook; the alert policy's events join here), appended to a
 * bounded append-only log. The page asks for a range and gets the computed chart, not the events.
 * An event counts from the moment it is recorded (the state does not wait for the disk, and is
 * not pushed again when the write lands); a write that fails takes it back and says why.
 */
export async function createHistoryFeature(deps: HistoryFeatureDeps) {
  const log = historyLog(deps.folder, deps.now)
  await log.load()
  let error: StorageError | null = null
  let writing: Promise<unknown> = Promise.resolve()
  let started = false
  const queued: HistoryEvent[] = []
  const events = (): readonly HistoryEvent[] => [...log.records().map((r) => r.entry), ...queued]

  /** Appends one event; a failure is shown (and nothing already saved is lost). */
  const record = (event: HistoryEvent): void => {
    queued.push(event)
    deps.onChange()
    writing = writing.then(async () => {
      const saved = await log.append(event)
      queued.shift()
      error = saved.ok ? null : saved.error
      deps.onChange()
    })
  }
  const recorder = createHistoryRecorder(record, deps.now)

  const ipc = {
    getHistory: (range: HistoryRange) =>
      historyView(events(), range, deps.now(), defaultHistoryBounds),
    eraseHistory: async () => {
      await writing
      const cleared = await log.clear()
      error = cleared.ok ? null : cleared.error
      if (cleared.ok) recorder.reset()
      deps.onChange()
      return cleared.ok ? { ok: true as const } : { ok: false as const, error: cleared.error }
    },
  }

  return defineFeature({
    ipc,
    files: [logTarget(log, deps.onChange)],
    record,
    exitChanges: (changes: readonly ExitChange[]) =>
      recorder.exitChanges(changes, new Date(deps.now()).toISOString()),
    /** Each composed state, once started: the first exits, light changes, failed checks. */
    judge: (state: ComposedState) => {
      if (started) recorder.state(state)
    },
    /** Waits for the appends in flight (tests, quitting). */
    settled: () => writing,
    slice: () => ({
      history: {
        entries: Math.min(defaultHistoryBounds.maxEntries, log.records().length + queued.length),
        storage: log.info(),
        error,
      },
      /** Exit changes in the last 24 h, for the verdict's context. */
      exitChanges24h: exitChangesSince(events(), deps.now() - 24 * 3_600_000),
    }),
    start: () => {
      started = true
    },
    stop: () => recorder.stop(),
  })
}

/** The history feature's shape. */
export type HistoryFeature = Awaited<ReturnType<typeof createHistoryFeature>>
