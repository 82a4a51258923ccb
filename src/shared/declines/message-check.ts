import { lookUpDecline } from './match'
import type { DeclineEntryId } from './entries'
import { plainText } from '../input/plain-text'
import { scanForCardNumbers } from '../profile/card-number-scan'

/** The longest message kept: a decline text is a sentence or two. */
export const MAX_DECLINE_MESSAGE = 500

/** A message the decline log accepts, with what the error look-up makes of it. */
export type DeclineMessageCheck =
  | {
      readonly ok: true
      readonly message: string
      readonly entryId: DeclineEntryId | null
      readonly counts: boolean
    }
  | { readonly ok: false; readonly reason: 'card-number' | 'too-long' }

/**
 * Checks a pasted decline message before it is logged: refused whole when it holds anything that
 * looks like a card number (never kept, not even in part) — read as pasted, invisible characters
 * and all, and again as kept — then kept as plain text (no control, bidi or invisible characters)
 * and looked up to decide whether it counts toward the cool-down. A message the look-up does not
 * know counts (a decline is a decline).
 */
export function checkDeclineMessage(input: string): DeclineMessageCheck {
  if (input.length > MAX_DECLINE_MESSAGE * 4) return { ok: false, reason: 'too-long' }
  if (scanForCardNumbers(input).length > 0) return { ok: false, reason: 'card-number' }
  const message = plainText(input)
  if (message.length > MAX_DECLINE_MESSAGE) return { ok: false, reason: 'too-long' }
  if (scanForCardNumbers(message).length > 0) return { ok: false, reason: 'card-number' }
  const best = message ? lookUpDecline(message)[0] : undefined
  return {
    ok: true,
    message,
    entryId: best?.entry.id ?? null,
    counts: best ? best.entry.countsTowardCooldown : true,
  }
}
