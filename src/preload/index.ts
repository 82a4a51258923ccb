import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { createApi } from './create-api'
import { withEarlyState } from './early-state'

/**
 * The window API, exposed once; its type is what the renderer declares on `window`. It asks main
 * for the state at once, so the answer is there by the time React is.
 */
export const api = withEarlyState(
  createApi(
    (channel, payload) => ipcRenderer.invoke(channel, payload),
    (channel, listener) => {
      const wrapped = (_event: IpcRendererEvent, payload: unknown) => listener(payload)
      ipcRenderer.on(channel, wrapped)
      return () => {
        ipcRenderer.removeListener(channel, wrapped)
      }
    },
  ),
)

contextBridge.exposeInMainWorld('paylight', api)
