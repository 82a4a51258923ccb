import { createApi } from '../../../src/preload/create-api'
import {
  eventChannels,
  invokeChannels,
  isRejection,
  type IpcRejection,
} from '../../../src/shared/contract/ipc-channels'

describe('createApi', () => {
  it('has one method per invoke channel that calls it with the payload', async () => {
    const sent: [string, unknown][] = []
    const api = createApi(
      async (channel, payload) => {
        sent.push([channel, payload])
        return 'answer'
      },
      () => () => undefined,
    )
    await expect(api.setPaused(true)).resolves.toBe('answer')
    await api.getState()
    expect(sent).toEqual([
      ['paylight:set-paused', true],
      ['paylight:get-state', undefined],
    ])
    for (const name of Object.keys(invokeChannels))
      expect(typeof (api as Record<string, unknown>)[name]).toBe('function')
  })

  it('has an onX per event whose listener gets only the payload, and can unsubscribe', () => {
    const listeners = new Map<string, (payload: unknown) => void>()
    const api = createApi(
      async () => undefined,
      (channel, listener) => {
        listeners.set(channel, listener)
        return () => listeners.delete(channel)
      },
    )
    const seen: unknown[] = []
    const off = api.onState((state) => seen.push(state))
    listeners.get(eventChannels.state)?.({ hello: 1 })
    expect(seen).toEqual([{ hello: 1 }])
    off()
    expect(listeners.size).toBe(0)
  })

  it('hands a rejection through unchanged, typed as a possible answer of every method', async () => {
    const rejection: IpcRejection = { rejected: 'invalid-request', detail: 'too large' }
    const api = createApi(
      async () => rejection,
      () => () => undefined,
    )
    const reply = await api.saveProfile({})
    expect(isRejection(reply) ? reply.detail : 'answered').toBe('too large')
  })

  it('is frozen so the page cannot swap a method', () => {
    const api = createApi(
      async () => undefined,
      () => () => undefined,
    )
    expect(Object.isFrozen(api)).toBe(true)
  })
})
