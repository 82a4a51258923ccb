import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { createApi } from './create-api'

/** The window API, exposed once; its type is what the renderer declares on `window`. */
export const api = createApi(
  (channel, payload) => ipcRenderer.invoke(channel, payload),
  (channel, listener) => {
    const wrapped = (_event: IpcRendererEvent, payload: unknown) => listener(payload)
    ipcRenderer.on(channel, wrapped)
    return () => {
      ipcRenderer.removeListener(channel, wrapped)
    }
  },
)

contextBridge.exposeInMainWorld('paylight', api)
