import {
  eventChannels,
  invokeChannels,
  type EventMap,
  type EventName,
  type InvokeMap,
  type InvokeName,
  type InvokeReply,
} from '../shared/contract/ipc-channels'

/** Sends a request on a channel and resolves with main's answer (ipcRenderer.invoke, or a test bridge). */
export type Invoke = (channel: string, payload?: unknown) => Promise<unknown>
/** Listens on a channel; returns the unsubscribe function. Never hands the Electron event over. */
export type Subscribe = (channel: string, listener: (payload: unknown) => void) => () => void

// Every method may resolve with a rejection instead of its response: the type says so, and the
// renderer unwraps it in one place.
type InvokeMethods = {
  readonly [K in InvokeName]: InvokeMap[K]['request'] extends undefined
    ? () => Promise<InvokeReply<K>>
    : (request: InvokeMap[K]['request']) => Promise<InvokeReply<K>>
}

type EventMethods = {
  readonly [K in EventName as `on${Capitalize<K>}`]: (
    listener: (payload: EventMap[K]) => void,
  ) => () => void
}

/**
 * Builds the window API from the IPC contract: one method per invoke channel, one `onX` per event.
 * The same function runs in the preload (over ipcRenderer) and in end-to-end tests (over a
 * Playwright binding), so both exercise identical code.
 */
export function createApi(invoke: Invoke, subscribe: Subscribe): InvokeMethods & EventMethods {
  const api: Record<string, unknown> = {}
  for (const [name, channel] of Object.entries(invokeChannels)) {
    api[name] = (request?: unknown) => invoke(channel, request)
  }
  for (const [name, channel] of Object.entries(eventChannels)) {
    const method = `on${name.charAt(0).toUpperCase()}${name.slice(1)}`
    api[method] = (listener: (payload: unknown) => void) => subscribe(channel, listener)
  }
  return Object.freeze(api) as InvokeMethods & EventMethods
}

/** The API the renderer sees as `window.paylight`. */
export type PaylightApi = ReturnType<typeof createApi>
