import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { z } from 'zod'
import { invokeChannels, requestValidators, type InvokeName } from '../../src/shared/contract/ipc'
import { setLogSink, type LogEntry } from '../../src/shared/util/logger'
import { defaultSources } from '../../src/shared/net/sources'
import { allDigits } from '../../src/shared/profile/card-shadow'
import { profileSchema } from '../../src/shared/profile/schema'
import { spellings, testCardNumbers } from '../fixtures/card-numbers/spellings'
import { createTestServices } from '../support/app-harness'
import { offlineIpc, ourSender } from '../support/offline-ipc'
import { usProfile } from '../support/profiles'

const ours = ourSender

/**
 * A valid payload for every channel of the contract. `satisfies` makes a new channel fail to
 * compile until it is added here, so no channel's string fields can skip this test.
 */
const basePayloads = {
  getState: undefined,
  checkNow: undefined,
  setPaused: false,
  setLanguage: 'zh',
  updateSettings: { notifications: true },
  openLink: 'https://help.openai.com/',
  saveProfile: usProfile(),
  deleteProfile: 'second',
  setActiveProfile: 'main',
  lookupBin: '411111',
  exportProfiles: undefined,
  importProfiles: undefined,
  dismissNotice: 'n-1',
  startSession: undefined,
  beginSession: undefined,
  endSession: { outcome: 'declined', message: 'Your card was declined.' },
  updateSessionConfig: { intervalMs: 10_000 },
  logDecline: { message: 'Your card was declined.' },
  endCooldownEarly: true,
  updateCooldownPolicy: { threshold: 3, windowMs: 86_400_000, waitMs: 86_400_000 },
  getHistory: '24h',
  eraseHistory: true,
  tickStep: { step: 'card-profile', done: true },
  newAttempt: true,
  restoreFile: { file: 'settings.json', aside: 'settings.corrupt-2026-11-20T10-00-00-000Z.json' },
  retryStorage: undefined,
  discardAndStartFresh: { file: 'settings.json' },
  getAbout: undefined,
  checkForUpdates: undefined,
  openLogFolder: undefined,
  getStartAtLogin: undefined,
  setStartAtLogin: true,
} satisfies { readonly [K in InvokeName]: unknown }

interface Def {
  readonly type: string
  readonly shape?: Record<string, z.ZodType>
  readonly innerType?: z.ZodType
  readonly in?: z.ZodType
  readonly element?: z.ZodType
  readonly options?: readonly z.ZodType[]
}
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def

/** Every path at which a schema takes a string (through wrappers, objects, arrays and unions). */
function stringPaths(schema: z.ZodType, at: readonly string[] = []): string[][] {
  const def = defOf(schema)
  switch (def.type) {
    case 'string':
      return [[...at]]
    case 'object':
      return Object.entries(def.shape ?? {}).flatMap(([key, s]) => stringPaths(s, [...at, key]))
    case 'array':
      return def.element ? stringPaths(def.element, [...at, '0']) : []
    case 'union':
      return (def.options ?? []).flatMap((o) => stringPaths(o, at))
    case 'pipe':
      return def.in ? stringPaths(def.in, at) : []
    default:
      return def.innerType ? stringPaths(def.innerType, at) : []
  }
}

function withValue(base: unknown, at: readonly string[], value: string): unknown {
  if (at.length === 0) return value
  const copy = structuredClone(base ?? {}) as Record<string, unknown>
  let node = copy
  for (const key of at.slice(0, -1)) {
    if (node[key] === null || typeof node[key] !== 'object') node[key] = {}
    node = node[key] as Record<string, unknown>
  }
  node[at.at(-1) as string] = value
  return copy
}

/** Every string and key in a value, walked (what a reply, the state or a log line carries). */
function textsIn(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value)
  else if (value !== null && typeof value === 'object')
    for (const [key, child] of Object.entries(value)) {
      out.push(key)
      textsIn(child, out)
    }
  return out
}

/** Which of the test numbers appear (in any spelling) in any of the texts. */
const leaked = (texts: readonly string[]) => {
  const digits = texts.map(allDigits)
  return testCardNumbers.filter((n) => digits.some((d) => d.includes(n)))
}

describe('a card number sent into any string field of the contract', { timeout: 120_000 }, () => {
  it('reaches no reply, no state, no file and no log line, in any spelling', async () => {
    const logged: LogEntry[] = []
    setLogSink((entry) => logged.push(entry), 'debug')
    onTestFinished(() => setLogSink(() => undefined, 'error'))
    const { services, dir, listener: on } = await offlineIpc()
    await services.ipc.saveProfile(usProfile())

    // A spelling of each kind: separators, digit sets, invisibles, look-alike letters.
    const samples = spellings().filter((_, i) => i % 37 === 0)
    const replies: unknown[] = []
    let sent = 0
    for (const name of Object.keys(basePayloads) as InvokeName[]) {
      const schema = name === 'saveProfile' ? profileSchema : requestValidators[name]
      const listener = on(invokeChannels[name])
      const paths = stringPaths(schema)
      for (const at of paths)
        for (const [, text] of samples) {
          // A session must be watching for its outcome to be taken.
          if (name === 'endSession') {
            await services.ipc.startSession(undefined)
            await services.ipc.beginSession(undefined)
          }
          replies.push(await listener(ours, withValue(basePayloads[name], at, text)))
          sent += 1
        }
    }
    await services.settled()
    expect(sent).toBeGreaterThan(100)
    const files = readdirSync(dir).map((f) => readFileSync(path.join(dir, f), 'utf8'))
    expect(leaked(textsIn(replies)), 'replies').toEqual([])
    expect(leaked(textsIn(services.state())), 'state').toEqual([])
    expect(leaked(textsIn(services.ipc.getHistory('7d'))), 'history').toEqual([])
    expect(leaked(files.flatMap((f) => f.split('\n'))), 'files').toEqual([])
    expect(leaked(textsIn(logged)), 'logs').toEqual([])
  })

  it('as the outcome of a declined session: refused, the session goes on, nothing kept', async () => {
    const { services } = await createTestServices({
      fetch: async () => {
        throw new Error('offline')
      },
      sources: [...defaultSources],
      paymentFiles: true,
    })
    await services.ipc.startSession(undefined)
    await services.ipc.beginSession(undefined)
    const reply = await services.ipc.endSession({
      outcome: 'declined',
      message: 'Your card 4111 1111 1111 1111 was declined',
    })
    expect(reply).toEqual({ ok: false, reason: 'card-number' })
    expect(services.state().session.state.phase).toBe('watching')
    expect(services.state().session.last).toBeNull()
    expect(
      await services.ipc.endSession({ outcome: 'declined', message: 'Your card was declined' }),
    ).toEqual({
      ok: true,
    })
    expect(services.state().session.last?.message).toBe('Your card was declined')
  })

  it('a decline message keeps no control or bidi characters', async () => {
    const { services } = await createTestServices({
      fetch: async () => {
        throw new Error('offline')
      },
      sources: [...defaultSources],
    })
    const reply = await services.ipc.logDecline({
      message: '\u202eYour card was\u0007 declined\u200b.\u2066\n(do_not_honor)\u2069',
    })
    expect(reply).toMatchObject({ ok: true })
    expect(services.state().declines.recent[0]?.message).toBe(
      'Your card was declined . (do_not_honor)',
    )
  })
})
