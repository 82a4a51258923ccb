import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { registerHandlers, type Handle, type IpcSenderInfo } from '../../src/main/ipc-handlers'
import { invokeChannels, isRejection, type InvokeName } from '../../src/shared/contract/ipc'
import { setLogSink, type LogEntry } from '../../src/shared/util/logger'
import { createTestServices } from '../support/app-harness'
import { usProfile } from '../support/profiles'

type Listener = (event: IpcSenderInfo, payload: unknown) => Promise<unknown>

const ours: IpcSenderInfo = { sender: { id: 1 }, senderFrame: { url: 'app://paylight/index.html' } }
const foreign: IpcSenderInfo[] = [
  { sender: { id: 2 }, senderFrame: { url: 'app://paylight/index.html' } },
  { sender: { id: 1 }, senderFrame: { url: 'https://evil.example/' } },
  { sender: { id: 1 }, senderFrame: null },
]

function deep(depth: number): unknown {
  let value: unknown = 'bottom'
  for (let i = 0; i < depth; i += 1) value = { a: value }
  return value
}
function cyclic(): unknown {
  const node: Record<string, unknown> = { intervalMs: 60_000 }
  node.self = node
  node.list = [node, { back: node }]
  return node
}

/** Payloads a compromised renderer might send: wrong types, huge, cyclic, BigInt, very deep. */
const hostile: readonly [string, () => unknown][] = [
  ['a number', () => 42],
  ['null', () => null],
  ['an array', () => [1, 2, 3]],
  ['an object with unknown keys', () => ({ evil: 1, __proto__: { polluted: true } })],
  ['a 5 MB string', () => 'x'.repeat(5_000_000)],
  [
    'an object with 200,000 keys',
    () => Object.fromEntries(Array.from({ length: 200_000 }, (_, i) => [`k${i}`, i])),
  ],
  ['a sparse array claiming 4 billion items', () => Object.assign([], { length: 4_000_000_000 })],
  ['a cyclic object', cyclic],
  ['a BigInt', () => 10n],
  ['an object holding a BigInt', () => ({ intervalMs: 10n, file: 'settings.json' })],
  ['nesting 10,000 deep', () => deep(10_000)],
  ['a path instead of a file name', () => ({ file: '../../etc/passwd', aside: '../x.json' })],
]

async function harness() {
  const refuse = () => {
    throw new Error('no network in this test')
  }
  const test = await createTestServices({ fetch: refuse, sources: [] })
  const handlers = new Map<string, Listener>()
  const handle: Handle = (channel, listener) => void handlers.set(channel, listener)
  registerHandlers(
    handle,
    test.services.ipc,
    (event) =>
      event.sender.id === 1 && event.senderFrame?.url.startsWith('app://paylight/') === true,
  )
  // Something real on disk to guard: a saved profile and the settings file.
  const saved = await handlers.get(invokeChannels.saveProfile)?.(ours, usProfile())
  expect(saved).toEqual({ ok: true })
  await handlers.get(invokeChannels.setLanguage)?.(ours, 'en')
  return { ...test, handlers }
}

const snapshot = (dir: string) =>
  readdirSync(dir)
    .sort()
    .map((name) => [name, readFileSync(path.join(dir, name)).toString('base64')])

describe('a compromised renderer', { timeout: 60_000 }, () => {
  it('registers only the contract’s channels: an unknown channel has no handler to reach', async () => {
    const { handlers } = await harness()
    expect([...handlers.keys()].sort()).toEqual(Object.values(invokeChannels).sort())
    expect(handlers.get('paylight:delete-everything')).toBeUndefined()
  })

  it('is refused on every channel, with a value, logged, and nothing changes in the app or on disk', async () => {
    const { handlers, services, dir } = await harness()
    const logged: LogEntry[] = []
    setLogSink((entry) => logged.push(entry), 'debug')
    const files = snapshot(dir)
    const revision = services.state().revision
    const state = JSON.stringify(services.state())
    let calls = 0
    // Built once: the same hostile values go to every channel.
    const payloads = hostile.map(([label, make]) => [label, make()] as const)
    for (const [name, channel] of Object.entries(invokeChannels) as [InvokeName, string][]) {
      const listener = handlers.get(channel)
      if (!listener) throw new Error(`no handler for ${channel}`)
      for (const [label, payload] of payloads) {
        const before = logged.length
        const reply = await listener(ours, payload).then(
          (value) => ({ value }),
          (error: unknown) => ({ threw: error }),
        )
        expect(reply, `${name} with ${label}`).not.toHaveProperty('threw')
        const value = (reply as { value: unknown }).value
        // saveProfile takes any JSON within its budget and answers a domain refusal, field by field.
        const refused =
          isRejection(value) || (name === 'saveProfile' && (value as { ok?: unknown }).ok === false)
        expect(refused, `${name} with ${label}: ${JSON.stringify(value)?.slice(0, 200)}`).toBe(true)
        expect(logged.length, `${name} with ${label} was logged`).toBeGreaterThan(before)
        calls += 1
      }
      for (const event of foreign) {
        const before = logged.length
        await expect(listener(event, undefined)).resolves.toEqual({ rejected: 'untrusted-sender' })
        expect(logged.slice(before)).toContainEqual(
          expect.objectContaining({ level: 'warn', scope: 'ipc' }),
        )
        calls += 1
      }
    }
    expect(calls).toBe(Object.keys(invokeChannels).length * (hostile.length + foreign.length))
    expect(services.state().revision).toBe(revision)
    expect(JSON.stringify(services.state())).toBe(state)
    expect(snapshot(dir)).toEqual(files)
  })
})
