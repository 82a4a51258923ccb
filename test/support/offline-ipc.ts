import { registerHandlers, type Handle, type IpcSenderInfo } from '../../src/main/ipc-handlers'
import { defaultSources } from '../../src/shared/net/sources'
import { createTestServices } from './app-harness'

/** An IPC listener as `registerHandlers` registers it. */
export type Listener = (event: IpcSenderInfo, payload: unknown) => Promise<unknown>

/** A sender the guard trusts: our window, our origin. */
export const ourSender: IpcSenderInfo = {
  sender: { id: 1 },
  senderFrame: { url: 'app://paylight/index.html' },
}

/**
 * The real services with their files in a temp folder and no network, served through the real
 * `registerHandlers`: what a renderer (or a hostile one) reaches over IPC.
 */
export async function offlineIpc() {
  const test = await createTestServices({
    fetch: async () => {
      throw new Error('offline')
    },
    sources: [...defaultSources],
    paymentFiles: true,
  })
  const handlers = new Map<string, Listener>()
  const handle: Handle = (channel, listener) => void handlers.set(channel, listener)
  registerHandlers(handle, test.services.ipc, () => true)
  const listener = (channel: string) => handlers.get(channel) as Listener
  return { ...test, handlers, listener }
}
