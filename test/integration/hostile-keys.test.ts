import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createSenderGuard } from '../../src/main/ipc-handlers'
import { invokeChannels, isRejection, type InvokeName } from '../../src/shared/contract/ipc'
import { setLogSink } from '../../src/shared/util/logger'
import { offlineIpc, ourSender, type Listener } from '../support/offline-ipc'
import { exitOf, observationOf } from '../support/observations'
import { usProfile } from '../support/profiles'
import { runCli } from '../support/run-cli'

const ours = ourSender

/** Keys every object inherits a property for, and the prototype's own name. */
export const hostileKeys = [
  'constructor',
  'toString',
  '__proto__',
  'hasOwnProperty',
  'valueOf',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  '__defineGetter__',
  '__lookupGetter__',
  'prototype',
] as const

/** Payloads with a hostile key at the top and one level down, as JSON.parse makes them. */
const payloadsWith = (key: string) => [
  JSON.parse(`{"${key}": 1}`),
  JSON.parse(`{"${key}": {"${key}": "x"}}`),
  JSON.parse(`{"billing": {"${key}": "x"}, "card": {"${key}": 1}}`),
  { ...usProfile(), ...JSON.parse(`{"${key}": "x"}`) },
]

const harness = offlineIpc

describe('hostile keys and oversized payloads over IPC', { timeout: 60_000 }, () => {
  beforeAll(() => setLogSink(() => undefined, 'error'))

  it('no key throws across IPC on any channel: every answer is a value', async () => {
    const { handlers } = await harness()
    let calls = 0
    for (const key of hostileKeys)
      for (const payload of payloadsWith(key))
        for (const [name, channel] of Object.entries(invokeChannels) as [InvokeName, string][]) {
          const reply = await (handlers.get(channel) as Listener)(ours, payload).then(
            (value) => ({ value }),
            (error: unknown) => ({ threw: String(error) }),
          )
          expect(reply, `${name} with ${key}`).not.toHaveProperty('threw')
          calls += 1
        }
    expect(calls).toBe(hostileKeys.length * 4 * Object.keys(invokeChannels).length)
  })

  it.each(hostileKeys)(
    '%s: settings and the profile refuse it by name, never "internal"',
    async (key) => {
      const { handlers } = await harness()
      const settings = await (handlers.get(invokeChannels.updateSettings) as Listener)(
        ours,
        JSON.parse(`{"${key}": 1}`),
      )
      expect(settings).toMatchObject({
        rejected: 'invalid-request',
        detail: expect.stringContaining(key),
      })
      const profile = (await (handlers.get(invokeChannels.saveProfile) as Listener)(ours, {
        ...usProfile(),
        ...JSON.parse(`{"${key}": "x"}`),
      })) as { ok: boolean; errors?: { path: string; code: string }[] }
      if (key === '__proto__') {
        // JSON's own "__proto__" key, spread into an object literal, sets no field: the profile is fine.
        expect(profile.ok === true || profile.errors?.some((e) => e.path === key)).toBe(true)
      } else
        expect(profile).toMatchObject({ ok: false, errors: [{ path: key, code: 'unknown-field' }] })
    },
  )

  // A hostile key with an object value, where a field's schema is looked up by the key's name.
  const objectValued = (): [string, string, Record<string, unknown>][] => {
    const p = usProfile() as unknown as Record<string, Record<string, unknown>>
    const inside = (part: string, json: string) => ({
      ...p,
      [part]: { ...p[part], ...JSON.parse(json) },
    })
    return [
      ['__proto__', '__proto__', { ...p, ...JSON.parse('{"__proto__": {"a": 1}}') }],
      ['card.__proto__', '__proto__', inside('card', '{"__proto__": {"a": 1}}')],
      ['billing.__proto__', '__proto__', inside('billing', '{"__proto__": {"a": 1}}')],
      ['capabilities.__proto__', '__proto__', inside('capabilities', '{"__proto__": {"a": 1}}')],
      [
        'card.constructor',
        'constructor',
        inside('card', '{"constructor": {"prototype": {"a": 1}}}'),
      ],
      ['billing.toString', 'toString', inside('billing', '{"toString": {"a": 1}}')],
      ['hasOwnProperty', 'hasOwnProperty', { ...p, ...JSON.parse('{"hasOwnProperty": {"a": 1}}') }],
    ]
  }

  it.each(objectValued())(
    'a hostile key with an object value (%s) is refused by name, never "internal"',
    async (_where, key, profile) => {
      const { handlers } = await harness()
      const reply = (await (handlers.get(invokeChannels.saveProfile) as Listener)(
        ours,
        profile,
      )) as {
        ok?: boolean
        rejected?: string
        errors?: { path: string; code: string }[]
      }
      expect(reply.rejected).toBeUndefined()
      expect(reply.ok).toBe(false)
      expect(reply.errors?.map((e) => e.path).join(' ')).toContain(key)
    },
  )

  it('refuses 400,000 unknown keys by their size, before any validator walks them', async () => {
    const { handlers } = await harness()
    const huge = Object.fromEntries(Array.from({ length: 400_000 }, (_, i) => [`k${i}`, i]))
    for (const channel of [
      invokeChannels.updateSettings,
      invokeChannels.saveProfile,
      invokeChannels.logDecline,
    ]) {
      const reply = await (handlers.get(channel) as Listener)(ours, huge)
      expect(isRejection(reply) ? reply : null).toEqual({
        rejected: 'invalid-request',
        detail: 'too large',
      })
    }
  })
})

describe('the sender check compares the parsed origin exactly', () => {
  const guard = createSenderGuard(() => true, ['app://paylight'])
  it.each([
    'app://user@paylight/index.html',
    'app://user:secret@paylight/index.html',
    'app://paylight@evil.example/index.html',
    'app://@paylight/index.html',
    'app://paylight.evil/index.html',
    'app://paylight:8080/index.html',
    'https://paylight/index.html',
  ])('refuses %s', (url) => {
    expect(guard({ sender: { id: 1 }, senderFrame: { url } })).toBe(false)
  })
  it('takes our own origin', () => {
    expect(guard({ sender: { id: 1 }, senderFrame: { url: 'app://paylight/index.html#/x' } })).toBe(
      true,
    )
  })
})

describe('the CLI with hostile keys and card numbers in its files', { timeout: 60_000 }, () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'paylight-cli-hostile-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  const write = (name: string, text: string) => {
    const file = path.join(dir, name)
    writeFileSync(file, text)
    return file
  }
  const observation = JSON.stringify(
    observationOf(Date.parse('2026-11-25T10:00:00Z'), {
      merchant: exitOf('merchant', '104.28.41.17', 'US'),
    }),
  )

  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty'])(
    'a context key "%s" is a usage error (64) naming the field, not a crash',
    async (key) => {
      const result = await runCli([
        '--observation',
        write('o.json', observation),
        '--context',
        write(`c-${key}.json`, `{"${key}": 1}`),
      ])
      expect(result.code).toBe(64)
      expect(result.stderr).toContain(key)
      expect(result.stderr).not.toContain('TypeError')
    },
  )

  it.each(['__proto__', 'constructor', 'toString'])(
    'a profile file with "%s" holding an object, bare or wrapped, is a usage error (64) naming it',
    async (key) => {
      const p = usProfile() as unknown as Record<string, Record<string, unknown>>
      const card = JSON.stringify({ ...p['card'] }).replace(
        /^\{/,
        `{"${key}": {"prototype": {"a": 1}},`,
      )
      const bare = JSON.stringify({ ...p, card: '@' }).replace('"@"', card)
      for (const [name, text] of [
        ['bare', bare] as const,
        ['old export', `{"schema": 1, "profile": ${bare}}`] as const,
        ['top level', JSON.stringify(p).replace(/^\{/, `{"${key}": {"a": 1},`)] as const,
      ]) {
        const result = await runCli([
          '--profile',
          write(`p-${key}-${name.replace(' ', '-')}.json`, text),
          '--observation',
          write('o.json', observation),
        ])
        expect(result.code, name).toBe(64)
        expect(result.stderr, name).toContain(key)
        expect(result.stderr, name).not.toContain('TypeError')
      }
    },
  )

  it.each([
    ['a context string', '{"timeZone": "Asia/Shanghai 4111 1111 1111 1111"}'],
    ['a context key', '{"4111-1111-1111-1111": 1}'],
    ['a full-width number in a key path', '{"merchants": {"４１１１１１１１１１１１１１１１": 1}}'],
    ['a number split across keys', '{"a": "4111 1111", "b": "1111 1111"}'],
  ])('%s: refused (64), the number never printed back', async (_name, context) => {
    const result = await runCli([
      '--observation',
      write('o2.json', observation),
      '--context',
      write('c2.json', context),
      '--json',
    ])
    expect(result.code).toBe(64)
    const digits = (result.stdout + result.stderr).replace(/\D/g, '')
    expect(digits).not.toContain('4111111111111111')
    expect(result.stderr).toMatch(/full card number/)
  })

  it.each([
    ['full-width digits', '您的卡 ４１１１ １１１１ １１１１ １１１１ 被拒绝了'],
    ['Arabic-Indic digits', 'card ٤١١١ ١١١١ ١١١١ ١١١١ declined'],
    ['katakana long vowels between groups', 'Your card 4111ー1111ー1111ー1111 was declined'],
    ['a modifier letter between groups', 'Your card 4111ʹ1111ʹ1111ʹ1111 was declined'],
    ['zero-width spaces', 'Your card 4111\u200b1111\u200b1111\u200b1111 was declined'],
  ])('--explain never echoes a number in %s', async (_name, text) => {
    for (const json of [false, true]) {
      const result = await runCli(['--explain', text, ...(json ? ['--json'] : [])])
      const out = (result.stdout + result.stderr).normalize('NFKC')
      const digits = [...out].map((c) => (/\p{Nd}/u.test(c) ? c : ' ')).join('')
      expect(digits.replace(/\s/g, '')).not.toContain('4111111111111111')
      expect(out).not.toMatch(/[٤١]{4}/)
    }
  })
})
