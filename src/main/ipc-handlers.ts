import {
  invokeChannels,
  MAX_REQUEST_PAYLOAD,
  requestValidators,
  type IpcRejection,
  type IpcServices,
  type InvokeName,
} from '../shared/contract/ipc'
import { fitsJsonBudget } from '../shared/contract/json-budget'
import { createLogger } from '../shared/util/logger'
import { maskCardNumbersIn } from '../shared/profile/mask-deep'
import { isSameOrigin } from './shell/web-guards'

/** The parts of an IPC event we look at: who sent it and from which frame. */
export interface IpcSenderInfo {
  readonly sender: { readonly id: number }
  readonly senderFrame: { readonly url: string } | null
}

/** `ipcMain.handle`'s shape, narrowed so tests pass a fake. */
export type Handle = (
  channel: string,
  listener: (event: IpcSenderInfo, payload: unknown) => Promise<unknown>,
) => void

const log = createLogger('ipc')

/**
 * A sender is trusted when it is a window we created and its frame is our own renderer origin
 * (app://paylight in the built app, the dev server in development).
 */
export function createSenderGuard(
  isOurWebContents: (id: number) => boolean,
  trustedOrigins: readonly string[],
) {
  return (event: IpcSenderInfo): boolean => {
    if (!isOurWebContents(event.sender.id)) return false
    return isSameOrigin(event.senderFrame?.url ?? '', trustedOrigins)
  }
}

/**
 * The contract's validator, never throwing: whatever a hostile payload does, it is only refused.
 * The refusal's words are read inside the guard too (zod builds them lazily, from the payload's
 * keys), and a card number in them is masked.
 */
function safeParse(
  name: InvokeName,
  payload: unknown,
): { readonly ok: true; readonly data: unknown } | { readonly ok: false; readonly detail: string } {
  try {
    // Sized first, by a walk that stops at the budget: no validator ever walks a huge payload.
    if (!fitsJsonBudget(payload, MAX_REQUEST_PAYLOAD)) return { ok: false, detail: 'too large' }
    const parsed = requestValidators[name].safeParse(payload)
    if (parsed.success) return { ok: true, data: parsed.data }
    return { ok: false, detail: maskCardNumbersIn(parsed.error.issues[0]?.message ?? 'invalid') }
  } catch {
    return { ok: false, detail: 'unreadable payload' }
  }
}

/**
 * The only place that serves IPC: every call is checked for its sender first, then its payload
 * against the contract's validator; errors come back as values, never as throws.
 */
export function registerHandlers(
  handle: Handle,
  services: IpcServices,
  isTrusted: (event: IpcSenderInfo) => boolean,
): void {
  for (const [name, channel] of Object.entries(invokeChannels) as [InvokeName, string][]) {
    handle(channel, async (event, payload): Promise<unknown> => {
      if (!isTrusted(event)) {
        log.warn('refused IPC from an untrusted sender', { channel })
        return { rejected: 'untrusted-sender' } satisfies IpcRejection
      }
      const parsed = safeParse(name, payload)
      if (!parsed.ok) {
        log.warn('refused an invalid IPC request', { channel })
        return { rejected: 'invalid-request', detail: parsed.detail } satisfies IpcRejection
      }
      try {
        const service = services[name] as (request: unknown) => unknown
        // Whatever a service answers, a card number in it is masked on the way out.
        return maskCardNumbersIn(await service(parsed.data))
      } catch (error) {
        log.error('IPC service failed', { channel, error: String(error) })
        return { rejected: 'internal' } satisfies IpcRejection
      }
    })
  }
}
