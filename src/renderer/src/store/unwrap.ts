import { bilingual } from '../../../shared/i18n/translate'
import { isRejection, type IpcRejection } from '../../../shared/contract/ipc-channels'
import { createLogger } from '../../../shared/util/logger'
import type { Bilingual } from '../../../shared/verdict/types'

/** A call's outcome once the transport is peeled off: the answer, or what to tell the user. */
export type Unwrapped<R> =
  { readonly ok: true; readonly value: R } | { readonly ok: false; readonly error: Bilingual }

const log = createLogger('window')

/**
 * Words for a rejection, so the user sees why nothing happened instead of silence. The technical
 * detail goes to the log, not into the message (no English inside a Chinese sentence).
 */
export function rejectionText(rejection: IpcRejection): Bilingual {
  if (rejection.detail) log.warn('main refused a call', { detail: rejection.detail })
  return bilingual(`request.rejected.${rejection.rejected}`)
}

/** Runs a call and tells a rejection (or a broken transport's throw) from the channel's answer. */
export async function unwrap<R>(run: () => Promise<R | IpcRejection>): Promise<Unwrapped<R>> {
  try {
    const reply = await run()
    return isRejection(reply)
      ? { ok: false, error: rejectionText(reply) }
      : { ok: true, value: reply }
  } catch (error) {
    log.error('the call to main failed', { error: String(error) })
    return { ok: false, error: bilingual('request.unreachable') }
  }
}
