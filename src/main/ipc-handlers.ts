import {
  invokeChannels,
  requestValidators,
  type IpcRejection,
  type IpcServices,
  type InvokeName,
} from '../shared/ipc'
import { createLogger } from '../shared/logger'
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

/** The contract's validator, never throwing: whatever a hostile payload does, it is only refused. */
function safeParse(name: InvokeName, payload: unknown) {
  try {
    return requestValidators[name].safeParse(payload)
  } catch {
    return { success: false as const, error: { issues: [{ message: 'unreadable payload' }] } }
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
      if (!parsed.success) {
        log.warn('refused an invalid IPC request', { channel })
        return {
          rejected: 'invalid-request',
          detail: parsed.error.issues[0]?.message ?? 'invalid',
        } satisfies IpcRejection
      }
      try {
        const service = services[name] as (request: unknown) => unknown
        return await service(parsed.data)
      } catch (error) {
        log.error('IPC service failed', { channel, error: String(error) })
        return { rejected: 'internal' } satisfies IpcRejection
      }
    })
  }
}
