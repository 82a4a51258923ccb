// Stands in for the `electron` module in every test: the real one would try to download Electron.
// Anything that reaches it by accident fails loudly instead of silently doing nothing.
const fail = (name: string) => () => {
  throw new Error(`electron.${name} is not available in tests; inject a fake instead`)
}
export const app = new Proxy({}, { get: (_t, key) => fail(`app.${String(key)}`) })
export const ipcRenderer = new Proxy({}, { get: (_t, key) => fail(`ipcRenderer.${String(key)}`) })
export const contextBridge = new Proxy(
  {},
  { get: (_t, key) => fail(`contextBridge.${String(key)}`) },
)
export default {}
