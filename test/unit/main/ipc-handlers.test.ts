import {
  createSenderGuard,
  registerHandlers,
  type Handle,
  type IpcSenderInfo,
} from '../../../src/main/ipc-handlers'
import { invokeChannels, type IpcServices } from '../../../src/shared/contract/ipc'
import { emptyBook } from '../../../src/shared/profile/schema'
import type { AppState } from '../../../src/shared/contract/app-state'

const state = { lang: 'zh' } as unknown as AppState
const ack = { ok: true } as const
const book = emptyBook

function harness(services: Partial<IpcServices> = {}) {
  const handlers = new Map<string, (event: IpcSenderInfo, payload: unknown) => Promise<unknown>>()
  const handle: Handle = (channel, listener) => void handlers.set(channel, listener)
  const calls: unknown[] = []
  const all: IpcServices = {
    getState: () => state,
    checkNow: async () => ack,
    setPaused: (paused) => {
      calls.push(paused)
      return ack
    },
    setLanguage: () => ack,
    updateSettings: () => ack,
    saveProfile: async () => ack,
    deleteProfile: () => ({ ok: true, book }),
    setActiveProfile: () => ({ ok: true, book }),
    lookupBin: async () => ({ ok: false, reason: 'failed', retryAt: null, detail: 'x' }),
    exportProfiles: async () => ({ ok: false, reason: 'cancelled' }),
    importProfiles: async () => ({ ok: false, reason: 'cancelled' }),
    openLink: async () => ({ ok: true }),
    dismissNotice: () => ack,
    startSession: () => ack,
    beginSession: () => ack,
    endSession: () => ack,
    updateSessionConfig: () => ack,
    logDecline: () => ({ ok: true, counts: true, entryId: null }),
    endCooldownEarly: () => ack,
    updateCooldownPolicy: () => ack,
    getHistory: () => {
      throw new Error('not used here')
    },
    eraseHistory: () => ack,
    tickStep: () => ack,
    newAttempt: () => ack,
    restoreFile: async () => ({ ok: true }),
    retryStorage: async () => ack,
    discardAndStartFresh: async () => ({ ok: true }),
    getAbout: () => {
      throw new Error('not used here')
    },
    checkForUpdates: async () => ({ kind: 'not-configured' }),
    openLogFolder: async () => ({ ok: true }),
    getStartAtLogin: async () => ({ ok: false, reason: 'unsupported' }),
    setStartAtLogin: (enabled) => {
      calls.push(enabled)
      return { ok: false, reason: 'unsupported' }
    },
    ...services,
  }
  const guard = createSenderGuard((id) => id === 7, ['app://paylight'])
  registerHandlers(handle, all, guard)
  const trusted: IpcSenderInfo = {
    sender: { id: 7 },
    senderFrame: { url: 'app://paylight/index.html' },
  }
  return { handlers, calls, trusted }
}

describe('registerHandlers', () => {
  it('serves every channel of the contract and nothing else', () => {
    const { handlers } = harness()
    expect([...handlers.keys()].sort()).toEqual(Object.values(invokeChannels).sort())
    expect([...handlers.keys()].every((c) => c.startsWith('paylight:'))).toBe(true)
  })

  it('passes a valid request from our window to the service', async () => {
    const { handlers, calls, trusted } = harness()
    await expect(handlers.get('paylight:set-paused')!(trusted, true)).resolves.toBe(ack)
    expect(calls).toEqual([true])
  })

  it.each([
    [
      'another webContents',
      { sender: { id: 8 }, senderFrame: { url: 'app://paylight/index.html' } },
    ],
    ['a foreign origin', { sender: { id: 7 }, senderFrame: { url: 'https://evil.example/' } }],
    ['a lookalike scheme', { sender: { id: 7 }, senderFrame: { url: 'app://paylight.evil/' } }],
    ['no frame', { sender: { id: 7 }, senderFrame: null }],
  ])('refuses %s before looking at the payload', async (_name, event) => {
    const { handlers, calls } = harness()
    await expect(handlers.get('paylight:set-paused')!(event, true)).resolves.toEqual({
      rejected: 'untrusted-sender',
    })
    expect(calls).toEqual([])
  })

  it.each([
    ['paylight:set-paused', 'yes'],
    ['paylight:set-language', 'fr'],
    ['paylight:open-link', 'x'.repeat(501)],
    ['paylight:get-state', { sneaky: true }],
    ['paylight:update-settings', { intervalMs: 1 }],
    ['paylight:update-settings', { cvc: '123' }],
    ['paylight:lookup-bin', '4111111111111111'],
    ['paylight:lookup-bin', 12345678],
    ['paylight:delete-profile', '../etc'],
    ['paylight:save-profile', { label: 'x'.repeat(30_000) }],
    ['paylight:set-start-at-login', 'true'],
    ['paylight:set-start-at-login', undefined],
    ['paylight:open-log-folder', '/etc'],
    ['paylight:check-for-updates', { url: 'https://evil.example/' }],
    ['paylight:get-about', 1],
  ])('refuses an invalid payload on %s', async (channel, payload) => {
    const { handlers, trusted } = harness()
    await expect(handlers.get(channel)!(trusted, payload)).resolves.toMatchObject({
      rejected: 'invalid-request',
    })
  })

  it('turns a throwing service into an error value, not an exception', async () => {
    const { handlers, trusted } = harness({
      checkNow: async () => {
        throw new Error('disk on fire')
      },
    })
    await expect(handlers.get('paylight:check-now')!(trusted, undefined)).resolves.toEqual({
      rejected: 'internal',
    })
  })

  it.each([
    ['a BigInt', { label: 10n }],
    [
      'a cycle',
      (() => {
        const cyclic: Record<string, unknown> = {}
        cyclic['self'] = cyclic
        return cyclic
      })(),
    ],
    ['deep nesting', Array.from({ length: 10_000 }).reduce<unknown>((inner) => ({ inner }), {})],
    [
      'a throwing getter',
      Object.defineProperty({}, 'x', {
        enumerable: true,
        get: () => {
          throw new Error('no')
        },
      }),
    ],
  ])(
    'answers a profile payload with %s with a rejection value, never a throw',
    async (_name, payload) => {
      const { handlers, trusted } = harness()
      await expect(handlers.get('paylight:save-profile')!(trusted, payload)).resolves.toEqual({
        rejected: 'invalid-request',
        detail: 'too large',
      })
    },
  )
})
