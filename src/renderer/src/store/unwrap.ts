import { isRejection, type IpcRejection } from '../../../shared/ipc-channels'
import type { Bilingual } from '../../../shared/verdict/types'

/** A call's outcome once the transport is peeled off: the answer, or what to tell the user. */
export type Unwrapped<R> =
  { readonly ok: true; readonly value: R } | { readonly ok: false; readonly error: Bilingual }

const rejectionTexts: Record<IpcRejection['rejected'], Bilingual> = {
  'untrusted-sender': { zh: '请求被拒绝：来源不受信任', en: 'Request refused: untrusted sender' },
  'invalid-request': { zh: '请求被拒绝：内容无效', en: 'Request refused: invalid request' },
  internal: { zh: '主程序处理请求时出错', en: 'The app failed to handle the request' },
}

/**
 * Words for a rejection, so the user sees why nothing happened instead of silence. The technical
 * detail is English, so only the English text carries it (no English inside Chinese messages).
 */
export function rejectionText(rejection: IpcRejection): Bilingual {
  const text = rejectionTexts[rejection.rejected]
  return rejection.detail ? { zh: text.zh, en: `${text.en} (${rejection.detail})` } : text
}

/** Runs a call and tells a rejection (or a broken transport's throw) from the channel's answer. */
export async function unwrap<R>(run: () => Promise<R | IpcRejection>): Promise<Unwrapped<R>> {
  try {
    const reply = await run()
    return isRejection(reply)
      ? { ok: false, error: rejectionText(reply) }
      : { ok: true, value: reply }
  } catch (error) {
    return {
      ok: false,
      error: { zh: '无法连接主程序', en: `Could not reach the app: ${String(error)}` },
    }
  }
}
