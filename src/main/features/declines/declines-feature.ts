import {
  cooldownState,
  type CooldownPolicy,
  type CooldownState,
} from '../../../shared/declines/cooldown'
import type { DeclineRecord } from '../../../shared/declines/decline-record'
import { checkDeclineMessage } from '../../../shared/declines/message-check'
import type { HistoryEvent } from '../../../shared/history/history-event'
import type { Observation } from '../../../shared/monitor/observation'
import type { LogDeclineReply, SavedOrError } from '../../../shared/contract/ipc-channels'
import type { NoticeInput } from '../../../shared/contract/notices'
import type { CardProfile } from '../../../shared/profile/schema'
import { pinExits } from '../../../shared/session/exit-pin'
import type { StorageError } from '../../../shared/storage/kept-file-types'
import { defineFeature, type ComposedState, type FeatureContext } from '../feature'
import { docTarget, logTarget } from '../storage/storage-target'
import { createCooldownNews } from './cooldown-news'
import { createCooldownWatch } from './cooldown-watch'
import { cooldownFile, declineLog, type CooldownDoc } from './declines-files'

/** What the decline log needs: its files, the clock, the moment's exits and card, and listeners. */
export interface DeclinesFeatureDeps extends FeatureContext {
  /** The exits a decline happened on. */
  readonly monitor: { readonly observation: () => Observation | null }
  readonly profiles: { readonly active: () => CardProfile | null }
  readonly history: { readonly record: (event: HistoryEvent) => void }
  /** The cool-down began, or ran out by itself: the user is told (if notifications are on). */
  readonly notify: (notice: NoticeInput) => void
}

/**
 * The decline log and its cool-down: declines are checked (no card numbers) and looked up (does it
 * count?), appended to their log, and the cool-down derived from them; a timer wakes when the
 * wait runs out so the light follows without a check, and the judge sees it end and says so.
 */
export async function createDeclinesFeature(deps: DeclinesFeatureDeps) {
  const declines = declineLog(deps.folder, deps.now)
  const file = cooldownFile(deps.folder, deps.now)
  await declines.load()
  let doc = (await file.load()).value
  let error: StorageError | null = null
  const records = (): readonly DeclineRecord[] => declines.records().map((r) => r.entry)
  const state = (): CooldownState =>
    cooldownState(records(), doc.policy, deps.now(), doc.endedEarlyAt)
  const watch = createCooldownWatch({ ...deps, state, onTick: deps.onChange })
  const news = createCooldownNews(deps)
  // All the card data a decline record keeps: the active profile's id and BIN.
  const card = (profile = deps.profiles.active()) =>
    profile ? { profileId: profile.id, bin: profile.card.bin } : null

  // Saves the cool-down file; the app holds the new value only once it is written.
  const saveDoc = async (next: CooldownDoc): Promise<SavedOrError> => {
    const saved = await file.save(next)
    if (saved.ok) doc = next
    error = saved.ok ? null : saved.error
    watch.reschedule()
    deps.onChange()
    return saved.ok ? { ok: true } : { ok: false, error: saved.error }
  }

  const log = async (
    message: string,
    source: DeclineRecord['source'],
  ): Promise<LogDeclineReply> => {
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
      exits: pinExits(deps.monitor.observation()),
      card: card(),
    }
    const saved = await declines.append(record)
    error = saved.ok ? null : saved.error
    deps.onChange()
    if (!saved.ok) return { ok: false, reason: 'storage', error: saved.error }
    deps.history.record({
      type: 'decline',
      at,
      declineId: record.id,
      entryId: record.entryId,
      counts: record.counts,
    })
    const after = state()
    if (after.kind === 'active' && before.kind !== 'active') news.started(after, at)
    watch.reschedule()
    return { ok: true, counts: record.counts, entryId: record.entryId }
  }

  // The cool-down file was retried, restored or started fresh: take what it now holds.
  const reloaded = () => {
    doc = file.value()
    deps.onChange()
  }

  const ipc = {
    logDecline: (request: { readonly message: string }) => log(request.message, 'manual'),
    endCooldownEarly: async (_confirmed: true) => {
      const current = state()
      if (current.kind !== 'active') return { ok: true as const }
      const at = new Date(deps.now()).toISOString()
      const saved = await saveDoc({ ...doc, endedEarlyAt: at })
      if (saved.ok)
        deps.history.record({ type: 'cooldown', at, phase: 'ended-early', until: current.until })
      return saved
    },
    updateCooldownPolicy: (policy: CooldownPolicy) => saveDoc({ ...doc, policy }),
  }

  return defineFeature({
    ipc,
    files: [docTarget(file, reloaded), logTarget(declines, deps.onChange)],
    /** Logs a decline the payment session's outcome reported. */
    logFromSession: (message: string) => log(message, 'session'),
    /** A cool-down that ran out by itself goes into the history and is said once. */
    judge: (app: ComposedState) => news.judge(app.declines.cooldown),
    slice: () => ({
      declines: {
        recent: records().slice(-20).reverse(),
        cooldown: state(),
        policy: doc.policy,
        storage: [declines.info(), file.info()],
        error,
      },
    }),
    start: () => watch.reschedule(),
    stop: () => watch.stop(),
  })
}

/** The declines feature's shape. */
export type DeclinesFeature = Awaited<ReturnType<typeof createDeclinesFeature>>
