import { eventChannels, invokeChannels } from '../../../src/shared/contract/ipc-channels'

// The preload as Electron runs it, with ipcRenderer and contextBridge faked for this file only.
const sent: string[] = []
const listeners = new Map<string, (event: unknown, payload: unknown) => void>()
const exposed = new Map<string, unknown>()
vi.mock('electron', () => ({
  ipcRenderer: {
    invoke: (channel: string) => {
      sent.push(channel)
      return Promise.resolve({ revision: sent.length })
    },
    on: (channel: string, listener: (event: unknown, payload: unknown) => void) =>
      void listeners.set(channel, listener),
    removeListener: (channel: string) => void listeners.delete(channel),
  },
  contextBridge: {
    exposeInMainWorld: (key: string, value: unknown) => void exposed.set(key, value),
  },
}))

describe('the preload', () => {
  it('asks main for the state as it loads, before the window asks, and hands that answer over', async () => {
    const { api } = await import('../../../src/preload/index')
    expect(sent).toEqual([invokeChannels.getState])
    expect(listeners.has(eventChannels.state)).toBe(true)
    expect(exposed.get('paylight')).toBe(api)
    await expect(api.getState()).resolves.toEqual({ revision: 1 })
    expect(sent).toEqual([invokeChannels.getState])
    await api.getState()
    expect(sent).toEqual([invokeChannels.getState, invokeChannels.getState])
  })
})
