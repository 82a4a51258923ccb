import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { formatLogLine } from '../../src/node/log-lines'
import type { HistoryEvent } from '../../src/shared/history/history-event'

const countries = ['US', 'JP', 'SG', 'DE'] as const
const lights = ['green', 'yellow', 'red', 'grey', 'wait'] as const

/**
 * A realistic history of `count` entries spread over the 7 days before `now`: exit changes
 * between a few countries, light changes, some sessions, declines and failed-check streaks.
 * Written in the log's own line format, as the app would have.
 */
export function historyEvents(count: number, now: number): { at: number; entry: HistoryEvent }[] {
  const span = 7 * 24 * 3_600_000 - 60_000
  const step = span / count
  const out: { at: number; entry: HistoryEvent }[] = []
  for (let i = 0; i < count; i += 1) {
    const at = Math.round(now - span + i * step)
    const iso = new Date(at).toISOString()
    const kind = i % 10
    const country = countries[Math.floor(i / 40) % countries.length] as string
    let entry: HistoryEvent
    if (kind < 5)
      entry = {
        type: 'exit',
        at: iso,
        route: kind % 2 ? 'ipv4' : 'merchant',
        fromIp: `198.51.100.${i % 250}`,
        toIp: `203.0.113.${(i + 1) % 250}`,
        fromCountry: 'US',
        toCountry: country,
      } as HistoryEvent
    else if (kind < 8)
      entry = { type: 'light', at: iso, from: null, to: lights[i % 4] as (typeof lights)[number] }
    else if (kind === 8)
      entry = {
        type: 'checks-failed',
        at: iso,
        until: new Date(at + step / 2).toISOString(),
        count: 3,
      }
    else if (i % 20 === 9)
      entry = {
        type: 'session',
        at: iso,
        record: {
          id: `s${i}`,
          startedAt: new Date(at - 5 * 60_000).toISOString(),
          endedAt: iso,
          durationMs: 5 * 60_000,
          outcome: 'paid',
          message: null,
          pin: null,
          alerts: 0,
        },
      }
    else
      entry = {
        type: 'decline',
        at: iso,
        declineId: `d${i}`,
        entryId: 'card-declined',
        counts: true,
      }
    out.push({ at, entry })
  }
  return out
}

/** Writes a history file of `count` entries into `dir`; returns its path. */
export function writeHistoryFile(dir: string, count: number, now: number): string {
  const file = path.join(dir, 'history.jsonl')
  writeFileSync(
    file,
    historyEvents(count, now)
      .map((r) => formatLogLine(r, 1))
      .join(''),
    {
      mode: 0o600,
    },
  )
  return file
}
