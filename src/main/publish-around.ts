import type { IpcServices, InvokeName } from '../shared/contract/ipc'

/**
 * Wraps every service so it runs between two publications: what is pending is published before
 * the request is handled (it acts on the state the window was shown, and features that read the
 * last composed state read the newest), and the change it caused before its reply is sent (the
 * window never sees an acknowledgement for a change it has not received yet).
 */
export function publishAround(services: IpcServices, flush: () => void): IpcServices {
  const wrapped: Partial<Record<InvokeName, (request: unknown) => Promise<unknown>>> = {}
  for (const name of Object.keys(services) as InvokeName[]) {
    const service = services[name] as (request: unknown) => unknown
    wrapped[name] = async (request) => {
      flush()
      const reply = await service(request)
      flush()
      return reply
    }
  }
  return wrapped as IpcServices
}
