import {
  cooldownState,
  type CooldownPolicy,
  type CooldownState,
} from '../../../shared/declines/cooldown'
import type { DeclineRecord } from '../../../shared/declines/decline-record'
import { checkDeclineMessage } from '../../../shared/declines/message-check'
import type { HistoryEvent } from '../../../shared/history/history-event'
import type { DocStore, LogStore } from '../../../shared/history/stores'
import type { Timers } from '../../../shared/monitor/timers'
import type { ExitPins } from '../../../shared/session/exit-pin'
import type { StorageError } from '../../../shared/storage/kept-file-types'
import type { CooldownDoc } from './cooldown-file'
import { createCooldownWatch } from './cooldown-watch'

/** What the decline log needs: its files, the clock, the moment's exits and card, and listeners. */
export interface DeclinesFeatureDeps {
  readonly log: LogStore<DeclineRecord>
  readonly file: DocStore<CooldownDoc>
  readonly now: () => number
  readonly timers: Timers
  readonly newId: () => string
  readonly exits: () => ExitPins
  /** The active profile's id and BIN: all the card data a decline record keeps. */
  readonly card: () => { readonly profileId: string; readonly bin: string } | null
  readonly record: (event: HistoryEvent) => void
  /** The cool-down began, or ran out by itself (the notification says so). */
  readonly onCooldown: (phase: 'started' | 'over', state: CooldownState) => void
  readonly onChange: () => void
}

/** The answer to logging a decline: kept (and whether it counts), or why not. */
export type LogDeclineResult =
  | { readonly ok: true; readonly counts: boolean; readonly entryId: string | null }
  | { readonly ok: false; readonly reason: 'card-number' | 'too-long' }
  | { readonly ok: false; readonly reason: 'storage'; readonly error: StorageError }

/**
 * The decline log and its cool-down: declines are checked (no card numbers) and looked up (does it
 * count?), appended to their log, and the cool-down derived from them; a timer wakes when the
 * wait runs out so the light and the notification follow without a check.
 */
export async function createDeclinesFeature(deps: DeclinesFeatureDeps) {
  await deps.log.load()
  let doc = (await deps.file.load()).value
  let error: StorageError | null = null
  const records = (): readonly DeclineRecord[] => deps.log.records().map((r) => r.entry)
  const state = (): CooldownState =>
    cooldownState(records(), doc.policy, deps.now(), doc.endedEarlyAt)
  const watch = createCooldownWatch({
    timers: deps.timers,
    now: deps.now,
    state,
    onTick: deps.onChange,
    onOver: (last) => {
      deps.record({
        type: 'cooldown',
        at: new Date(deps.now()).toISOString(),
        phase: 'over',
        until: last.until,
      })
      deps.onCooldown('over', state())
    },
  })

  const saveDoc = async (next: CooldownDoc) => {
    const saved = await deps.file.save(next)
    if (saved.ok) doc = next
    error = saved.ok ? null : saved.error
    return saved
  }

  const log = async (
    message: string,
    source: DeclineRecord['source'],
  ): Promise<LogDeclineResult> => {
    const checked = checkDeclineMessage(message)
    if (!checked.ok) return checked
    const before = state()
    const at = new Date(deps.now()).toISOString()
    const record: DeclineRecord = {
      id: deps.newId(),
      at,
      message: checked.message,
      entryId: checked.entryId,
      counts: checked.counts,
      source,
      exits: deps.exits(),
      card: deps.card(),
    }
    const saved = await deps.log.append(record)
    error = saved.ok ? null : saved.error
    deps.onChange()
    if (!saved.ok) return { ok: false, reason: 'storage', error: saved.error }
    deps.record({
      type: 'decline',
      at,
      declineId: record.id,
      entryId: record.entryId,
      counts: record.counts,
    })
    const after = state()
    if (after.kind === 'active' && before.kind !== 'active') {
      deps.record({ type: 'cooldown', at, phase: 'started', until: after.until })
      deps.onCooldown('started', after)
    }
    watch.reschedule()
    return { ok: true, counts: record.counts, entryId: record.entryId }
  }

  const ipc = {
    logDecline: (request: { readonly message: string }) => log(request.message, 'manual'),
    endCooldownEarly: async (_confirmed: true) => {
      const current = state()
      if (current.kind !== 'active') return { ok: true as const }
      const at = new Date(deps.now()).toISOString()
      const saved = await saveDoc({ ...doc, endedEarlyAt: at })
      if (saved.ok)
        deps.record({ type: 'cooldown', at, phase: 'ended-early', until: current.until })
      watch.reschedule()
      deps.onChange()
      return saved.ok ? { ok: true as const } : { ok: false as const, error: saved.error }
    },
    updateCooldownPolicy: async (policy: CooldownPolicy) => {
      const saved = await saveDoc({ ...doc, policy })
      watch.reschedule()
      deps.onChange()
      return saved.ok ? { ok: true as const } : { ok: false as const, error: saved.error }
    },
  }

  return {
    ipc,
    /** The cool-down file was retried, restored or started fresh: take what it now holds. */
    reloaded: () => {
      doc = deps.file.value()
      deps.onChange()
    },
    /** Logs a decline the payment session's outcome reported. */
    logFromSession: (message: string) => log(message, 'session'),
    cooldown: state,
    /** This feature's part of the app state: the latest declines and the cool-down. */
    slice: () => ({
      declines: {
        recent: records().slice(-20).reverse(),
        cooldown: state(),
        policy: doc.policy,
        storage: [deps.log.info(), deps.file.info()],
        error,
      },
    }),
    start: () => watch.reschedule(),
    stop: () => watch.stop(),
  }
}

/** The declines feature's shape. */
export type DeclinesFeature = Awaited<ReturnType<typeof createDeclinesFeature>>
