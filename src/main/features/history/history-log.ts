import { defaultHistoryBounds } from '../../../shared/history/bounded-log'
import { historyEventSchema } from '../../../shared/history/history-event'
import { keptLog, type KeptFolder } from '../storage/kept-folder'

/** The history log in the folder (in memory without one), held to the history's bounds. */
export const historyLog = (folder: KeptFolder | null, now: () => number) =>
  keptLog(
    folder,
    { name: 'history.jsonl', version: 1, schema: historyEventSchema, ...defaultHistoryBounds },
    now,
  )
