import { freshAttempt, tickStep } from '../../src/shared/checklist/attempt'
import { act } from '@testing-library/react'
import type { Mock } from 'vitest'
import { createApi, type PaylightApi } from '../../src/preload/create-api'
import type { AppState } from '../../src/shared/contract/app-state'
import { defaultHistoryBounds } from '../../src/shared/history/bounded-log'
import { historyView } from '../../src/shared/history/history-view'
import { dataSources } from '../../src/shared/view/data-licences'
import { updateStatusText } from '../../src/shared/contract/desktop'
import {
  eventChannels,
  invokeChannels,
  type InvokeMap,
  type InvokeName,
} from '../../src/shared/contract/ipc-channels'

/** One typed mock per invoke channel: what "main" answers, and what it was asked. */
export type FakeMain = {
  readonly [K in InvokeName]: Mock<
    (request: InvokeMap[K]['request']) => Promise<InvokeMap[K]['response']>
  >
}

/** A renderer wired to a fake main: the real `createApi` over an in-memory invoke and subscribe. */
export interface FakeBridge {
  readonly api: PaylightApi
  readonly main: FakeMain
  /** Main pushes a new state to every `onState` listener, inside React's act(). */
  readonly push: (state: AppState) => void
}

let listeners = new Set<(payload: unknown) => void>()

/**
 * A main process that answers like the real one: a change is pushed first (with the next
 * revision), then the call is acknowledged; only getState answers with the state.
 */
function fakeMain(initial: AppState): FakeMain {
  let state = initial
  const change = (next: Omit<AppState, 'revision'>) => {
    state = { ...next, revision: state.revision + 1 }
    act(() => listeners.forEach((listener) => listener(state)))
    return { ok: true as const }
  }
  const withActive = (activeId: string | null, profiles = state.profiles.book.profiles) => {
    const book = { ...state.profiles.book, activeId, profiles }
    change({ ...state, profiles: { ...state.profiles, book } })
    return { ok: true as const, book }
  }
  return {
    getState: vi.fn(async () => state),
    checkNow: vi.fn(async () => change(state)),
    setPaused: vi.fn(async (paused) => change({ ...state, monitor: { ...state.monitor, paused } })),
    setLanguage: vi.fn(async (language) =>
      change({
        ...state,
        lang: language === 'en' ? 'en' : 'zh',
        settings: { ...state.settings, language },
      }),
    ),
    updateSettings: vi.fn(async (patch) =>
      change({ ...state, settings: { ...state.settings, ...patch } }),
    ),
    openLink: vi.fn(async () => ({ ok: true })),
    dismissNotice: vi.fn(async (id) =>
      change({ ...state, notices: state.notices.filter((n) => n.id !== id) }),
    ),
    saveProfile: vi.fn(async () => ({ ok: true as const })),
    deleteProfile: vi.fn(async (id) => {
      const profiles = state.profiles.book.profiles.filter((p) => p.id !== id)
      const activeId =
        state.profiles.book.activeId === id
          ? (profiles[0]?.id ?? null)
          : state.profiles.book.activeId
      return withActive(activeId, profiles)
    }),
    setActiveProfile: vi.fn(async (id) => withActive(id)),
    lookupBin: vi.fn(async () => ({
      ok: false as const,
      reason: 'failed' as const,
      retryAt: null,
      detail: 'no look-ups in tests',
    })),
    exportProfiles: vi.fn(async () => ({ ok: false as const, reason: 'cancelled' as const })),
    importProfiles: vi.fn(async () => ({ ok: false as const, reason: 'cancelled' as const })),
    startSession: vi.fn(async () =>
      change({
        ...state,
        session: {
          ...state.session,
          state: { phase: 'precheck', id: 's1', startedAt: new Date().toISOString() },
        },
      }),
    ),
    beginSession: vi.fn(async () => ({ ok: true as const })),
    endSession: vi.fn(async () =>
      change({ ...state, session: { ...state.session, state: { phase: 'idle' } } }),
    ),
    updateSessionConfig: vi.fn(async () => ({ ok: true as const })),
    logDecline: vi.fn(async () => ({ ok: true as const, counts: true, entryId: null })),
    endCooldownEarly: vi.fn(async () => ({ ok: true as const })),
    updateCooldownPolicy: vi.fn(async () => ({ ok: true as const })),
    getHistory: vi.fn(async (range) => historyView([], range, Date.now(), defaultHistoryBounds)),
    eraseHistory: vi.fn(async () => ({ ok: true as const })),
    tickStep: vi.fn(async ({ step, done }) =>
      change({
        ...state,
        attempt: { attempt: tickStep(state.attempt.attempt, step, done, Date.now()), error: null },
      }),
    ),
    newAttempt: vi.fn(async () =>
      change({ ...state, attempt: { attempt: freshAttempt(Date.now()), error: null } }),
    ),
    restoreFile: vi.fn(async () => ({ ok: true as const })),
    retryStorage: vi.fn(async () => ({ ok: true as const })),
    discardAndStartFresh: vi.fn(async () => ({ ok: true as const })),
    // A build without the desktop glue, as in most tests; a test gives it a login item to use.
    getAbout: vi.fn(async () => ({
      app: { version: '0.1.0', licence: 'MIT' as const },
      runtime: { electron: '45.5.0', chrome: '146.0.0.0', node: '22.20.0' },
      data: dataSources.map(({ id, name, version, licence, attribution, links }, i) => ({
        ...{ id, name, version, licence, attribution, links },
        date: i === 0 ? '2026-06-17' : null,
      })),
      updates: {
        status: { kind: 'not-configured' as const },
        text: updateStatusText({ kind: 'not-configured' }),
      },
      startAtLogin: null,
    })),
    checkForUpdates: vi.fn(async () => ({ kind: 'not-configured' as const })),
    openLogFolder: vi.fn(async () => ({ ok: true })),
    getStartAtLogin: vi.fn(async () => ({ ok: false as const, reason: 'unsupported' as const })),
    setStartAtLogin: vi.fn(async () => ({ ok: false as const, reason: 'unsupported' as const })),
  }
}

/** Installs `window.paylight` built by the preload's own `createApi`, answered by a fake main. */
export function installBridge(initial: AppState): FakeBridge {
  const main = fakeMain(initial)
  const names = new Map<string, InvokeName>(
    Object.entries(invokeChannels).map(([name, channel]) => [channel, name as InvokeName]),
  )
  const invoke = (channel: string, payload?: unknown): Promise<unknown> => {
    const name = names.get(channel)
    if (!name) return Promise.reject(new Error(`no such channel: ${channel}`))
    return (main[name] as Mock<(request: unknown) => Promise<unknown>>)(payload)
  }
  const subscribe = (channel: string, listener: (payload: unknown) => void) => {
    if (channel !== eventChannels.state) throw new Error(`no such event: ${channel}`)
    listeners.add(listener)
    return () => void listeners.delete(listener)
  }
  const api = createApi(invoke, subscribe)
  Object.defineProperty(window, 'paylight', { value: api, configurable: true })
  const push = (state: AppState) => act(() => listeners.forEach((listener) => listener(state)))
  return { api, main, push }
}

/** Drops the bridge and its listeners, so no test sees another's main. */
export function removeBridge(): void {
  listeners = new Set()
  Reflect.deleteProperty(window, 'paylight')
}
