import type { AppState } from '../../../shared/contract/app-state'
import { defaultHistoryBounds } from '../../../shared/history/bounded-log'
import type { HistoryEvent } from '../../../shared/history/history-event'
import {
  exitChangesSince,
  historyView,
  type HistoryRange,
} from '../../../shared/history/history-view'
import type { LogStore } from '../../../shared/history/stores'
import type { ExitChange } from '../../../shared/monitor/exit-changes'
import type { StorageError } from '../../../shared/storage/kept-file-types'
import { createHistoryRecorder } from './history-recorder'

/** What the history needs: its log, the clock, and who to tell when it changed. */
export interface HistoryFeatureDeps {
  readonly log: LogStore<HistoryEvent>
  readonly now: () => number
  readonly onChange: () => void
}

/**
 * The local history: every event from the monitor, the verdict, the session and the decline log
 * goes through `record` (the one hook; the alert policy's events join here), appended to a
 * bounded append-only log. The page asks for a range and gets the computed chart, not the events.
 */
export async function createHistoryFeature(deps: HistoryFeatureDeps) {
  await deps.log.load()
  let error: StorageError | null = null
  let writing: Promise<unknown> = Promise.resolve()
  const events = (): readonly HistoryEvent[] => deps.log.records().map((r) => r.entry)

  /** Appends one event; a failure is shown (and nothing already saved is lost). */
  const record = (event: HistoryEvent): void => {
    writing = writing.then(async () => {
      const saved = await deps.log.append(event)
      const next = saved.ok ? null : saved.error
      if (next?.code !== error?.code || saved.ok) deps.onChange()
      error = next
    })
  }
  const recorder = createHistoryRecorder(record, deps.now)

  const ipc = {
    getHistory: (range: HistoryRange) =>
      historyView(events(), range, deps.now(), defaultHistoryBounds),
    eraseHistory: async () => {
      await writing
      const cleared = await deps.log.clear()
      error = cleared.ok ? null : cleared.error
      if (cleared.ok) recorder.reset()
      deps.onChange()
      return cleared.ok ? { ok: true as const } : { ok: false as const, error: cleared.error }
    },
  }

  return {
    ipc,
    record,
    exitChanges: (changes: readonly ExitChange[]) =>
      recorder.exitChanges(changes, new Date(deps.now()).toISOString()),
    observe: (state: AppState) => recorder.state(state),
    /** Exit changes in the last 24 h, for the verdict's context. */
    exitChanges24h: () => exitChangesSince(events(), deps.now() - 24 * 3_600_000),
    /** Waits for the appends in flight (tests, quitting). */
    settled: () => writing,
    slice: () => ({
      history: { entries: deps.log.records().length, storage: deps.log.info(), error },
    }),
    stop: () => recorder.stop(),
  }
}

/** The history feature's shape. */
export type HistoryFeature = Awaited<ReturnType<typeof createHistoryFeature>>
