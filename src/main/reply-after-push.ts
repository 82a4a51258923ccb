import type { IpcServices, InvokeName } from '../shared/contract/ipc'

/**
 * Wraps every service so the state change it caused is pushed before its reply is sent: the
 * window then never sees an acknowledgement for a change it has not received yet.
 */
export function replyAfterPush(services: IpcServices, flush: () => void): IpcServices {
  const wrapped: Partial<Record<InvokeName, (request: unknown) => Promise<unknown>>> = {}
  for (const name of Object.keys(services) as InvokeName[]) {
    const service = services[name] as (request: unknown) => unknown
    wrapped[name] = async (request) => {
      const reply = await service(request)
      flush()
      return reply
    }
  }
  return wrapped as IpcServices
}
