import { openKeptFile } from '../../../node/kept-file'
import type { KeptFs } from '../../../node/kept-fs'
import { openKeptLog } from '../../../node/kept-log'
import { declineRecordSchema, type DeclineRecord } from '../../../shared/declines/decline-record'
import { defaultHistoryBounds } from '../../../shared/history/bounded-log'
import { historyEventSchema, type HistoryEvent } from '../../../shared/history/history-event'
import type { DocStore, LogStore } from '../../../shared/history/stores'
import { cooldownDocSchema, emptyCooldownDoc, type CooldownDoc } from '../declines/cooldown-file'
import { emptySessionDoc, sessionDocSchema, type SessionDoc } from '../session/session-file'
import { memoryDoc, memoryLog } from './memory-stores'
import { attemptDocSchema, emptyAttemptDoc, type AttemptDoc } from '../attempt/attempt-file'

/** The files behind the payment session, the decline log, the history and the attempt's ticks. */
export interface PaymentStores {
  readonly session: DocStore<SessionDoc>
  readonly cooldown: DocStore<CooldownDoc>
  readonly declines: LogStore<DeclineRecord>
  readonly history: LogStore<HistoryEvent>
  readonly attempt: DocStore<AttemptDoc>
}

/**
 * The real files in the data folder, through the kept-file module (versioned, atomic, moved aside
 * when unreadable, torn last lines skipped). Plain JSON, not encrypted: they hold exit IPs and at
 * most a profile id and a BIN (no cardholder data), and must keep working when the keyring is
 * locked; the files are created for the current user only and the history erases in one click.
 */
export function openPaymentStores(
  dir: string,
  now: () => number = Date.now,
  fs?: KeptFs,
): PaymentStores {
  const on = fs ? { fs } : {}
  return {
    session: openKeptFile({
      dir,
      name: 'session.json',
      version: 1,
      schema: sessionDocSchema,
      empty: emptySessionDoc,
      now,
      ...on,
    }),
    cooldown: openKeptFile({
      dir,
      name: 'cooldown.json',
      version: 1,
      schema: cooldownDocSchema,
      empty: emptyCooldownDoc,
      now,
      ...on,
    }),
    declines: openKeptLog({
      dir,
      name: 'declines.jsonl',
      version: 1,
      schema: declineRecordSchema,
      maxEntries: 1000,
      maxAgeMs: 90 * 24 * 3_600_000,
      now,
      ...on,
    }),
    history: openKeptLog({
      dir,
      name: 'history.jsonl',
      version: 1,
      schema: historyEventSchema,
      ...defaultHistoryBounds,
      now,
      ...on,
    }),
    attempt: openKeptFile({
      dir,
      name: 'attempt.json',
      version: 1,
      schema: attemptDocSchema,
      empty: emptyAttemptDoc,
      now,
      ...on,
    }),
  }
}

/** Stores in memory only, for tests that do not look at files. */
export function memoryPaymentStores(now: () => number = Date.now): PaymentStores {
  return {
    session: memoryDoc('session.json', emptySessionDoc),
    cooldown: memoryDoc('cooldown.json', emptyCooldownDoc),
    declines: memoryLog('declines.jsonl', now),
    history: memoryLog('history.jsonl', now),
    attempt: memoryDoc('attempt.json', emptyAttemptDoc),
  }
}
