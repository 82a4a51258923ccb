// Figures for the local history (history.jsonl): 10 000 entries loaded, sized and turned into the
// 7-day chart. Run alone: node --expose-gc --import tsx bench/history-bench.ts
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { openKeptLog } from '../src/node/kept-log'
import { defaultHistoryBounds } from '../src/shared/history/bounded-log'
import { historyEventSchema } from '../src/shared/history/history-event'
import { historyView } from '../src/shared/history/history-view'
import { writeHistoryFile } from '../test/support/history-file'
import { figure, type Figure } from './figures'
import { median } from './measure'

const ENTRIES = 10_000

/** Load time and file size of a full history (10 000 entries), and the time to compute its chart. */
export async function benchHistory(): Promise<Figure[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'paylight-history-bench-'))
  try {
    const now = Date.now()
    const file = writeHistoryFile(dir, ENTRIES, now)
    const loads: number[] = []
    const views: number[] = []
    for (let round = 0; round < 7; round += 1) {
      const log = openKeptLog({
        dir,
        name: 'history.jsonl',
        version: 1,
        schema: historyEventSchema,
        ...defaultHistoryBounds,
      })
      const start = process.hrtime.bigint()
      await log.load()
      loads.push(Number(process.hrtime.bigint() - start) / 1e6)
      const events = log.records().map((r) => r.entry)
      const viewStart = process.hrtime.bigint()
      historyView(events, '7d', now, defaultHistoryBounds)
      views.push(Number(process.hrtime.bigint() - viewStart) / 1e6)
    }
    return [
      figure(`history load (${ENTRIES} entries)`, median(loads), 'ms', { max: 500 }),
      figure(`history file size (${ENTRIES} entries)`, statSync(file).size / 1024, 'KiB', {
        max: 4096,
      }),
      figure(`7-day chart from ${ENTRIES} entries`, median(views), 'ms', { max: 100 }),
    ]
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const f of await benchHistory())
    console.log(`${f.name}: ${f.value} ${f.unit} (target ${f.target})`)
}
