import type { ChecklistStep } from '../../../shared/checklist/step-ids'
import type { CooldownPolicy } from '../../../shared/declines/cooldown'
import type { HistoryRange, HistoryView } from '../../../shared/history/history-view'
import type { LogDeclineReply, SavedOrError } from '../../../shared/contract/ipc-channels'
import type { SessionConfig } from '../../../shared/session/session-config'
import type { UserOutcome } from '../../../shared/session/session-types'
import { callMain } from '../store/app-store'

/**
 * The payment pages' actions: each goes through the store's one unwrap point, so a refusal shows
 * as the store's error; the new state arrives as main's push.
 */
export const paymentActions = {
  startSession: () => callMain(() => window.paylight.startSession()),
  beginSession: () => callMain(() => window.paylight.beginSession()),
  endSession: (outcome: UserOutcome, message?: string) =>
    callMain(() => window.paylight.endSession(message ? { outcome, message } : { outcome })),
  /** After a stop: this session ends as given up, and a new one starts with a fresh self-check. */
  restartSession: async () => {
    const ended = await callMain(() => window.paylight.endSession({ outcome: 'gave-up' }))
    return ended === null ? null : callMain(() => window.paylight.startSession())
  },
  updateSessionConfig: (patch: Partial<SessionConfig>) =>
    callMain(() => window.paylight.updateSessionConfig(patch)),
  logDecline: (message: string): Promise<LogDeclineReply | null> =>
    callMain(() => window.paylight.logDecline({ message })),
  endCooldownEarly: (): Promise<SavedOrError | null> =>
    callMain(() => window.paylight.endCooldownEarly(true)),
  updateCooldownPolicy: (policy: CooldownPolicy) =>
    callMain(() => window.paylight.updateCooldownPolicy(policy)),
  getHistory: (range: HistoryRange): Promise<HistoryView | null> =>
    callMain(() => window.paylight.getHistory(range)),
  eraseHistory: (): Promise<SavedOrError | null> =>
    callMain(() => window.paylight.eraseHistory(true)),
  tickStep: (step: ChecklistStep, done: boolean): Promise<SavedOrError | null> =>
    callMain(() => window.paylight.tickStep({ step, done })),
  newAttempt: (): Promise<SavedOrError | null> => callMain(() => window.paylight.newAttempt(true)),
}
