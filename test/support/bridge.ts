import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Page } from 'playwright-core'
import {
  registerHandlers,
  createSenderGuard,
  type IpcSenderInfo,
} from '../../src/main/ipc-handlers'
import { eventChannels } from '../../src/shared/contract/ipc'
import type { AppServices } from '../../src/main/app-services'

const WEB_CONTENTS_ID = 1

/**
 * Runs the built preload (out/preload/index.cjs) in the page with Electron's renderer modules
 * replaced by a bridge: ipcRenderer.invoke goes through a Playwright binding to the real
 * registerHandlers and services in this Node process; main's events come back the same way.
 */
function preloadInitScript(preloadSource: string): string {
  return `(() => {
  const listeners = new Map();
  const electron = {
    ipcRenderer: {
      invoke: (channel, payload) => window.__paylightInvoke(channel, payload),
      on: (channel, fn) => { if (!listeners.has(channel)) listeners.set(channel, new Set()); listeners.get(channel).add(fn); },
      removeListener: (channel, fn) => { listeners.get(channel)?.delete(fn); },
    },
    contextBridge: { exposeInMainWorld: (key, value) => { Object.defineProperty(window, key, { value, writable: false }); } },
  };
  Object.defineProperty(window, '__paylightEmit', { value: (channel, payload) => {
    for (const fn of listeners.get(channel) ?? []) fn({ sender: null }, payload);
  } });
  const module = { exports: {} };
  const require = (name) => { if (name !== 'electron') throw new Error('preload may only require electron, not ' + name); return electron; };
  (function (exports, require, module) { ${preloadSource}\n })(module.exports, require, module);
})();`
}

/** Every IPC request that crossed the bridge, as JSON, so tests can check what left the renderer. */
export const bridgedRequests: string[] = []

/** Connects a page to the services exactly as the preload and ipcMain would in Electron. */
export async function bridgePage(
  page: Page,
  services: AppServices,
  trustedOrigin: string,
): Promise<() => void> {
  const handlers = new Map<string, (event: IpcSenderInfo, payload: unknown) => Promise<unknown>>()
  registerHandlers(
    (channel, listener) => void handlers.set(channel, listener),
    services.ipc,
    createSenderGuard((id) => id === WEB_CONTENTS_ID, [trustedOrigin]),
  )
  await page.exposeBinding(
    '__paylightInvoke',
    async (source, channel: string, payload: unknown) => {
      bridgedRequests.push(JSON.stringify({ channel, payload }))
      const handler = handlers.get(channel)
      if (!handler) return { rejected: 'invalid-request', detail: 'unknown channel' }
      return handler(
        { sender: { id: WEB_CONTENTS_ID }, senderFrame: { url: source.frame.url() } },
        payload,
      )
    },
  )
  const preload = readFileSync(path.resolve('out/preload/index.cjs'), 'utf8')
  await page.addInitScript(preloadInitScript(preload))
  return services.subscribe((state) => {
    void page
      .evaluate(
        ([channel, s]) =>
          (window as unknown as { __paylightEmit: (c: string, p: unknown) => void }).__paylightEmit(
            channel,
            s,
          ),
        [eventChannels.state, state] as const,
      )
      .catch(() => undefined)
  })
}
