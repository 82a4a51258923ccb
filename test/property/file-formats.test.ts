import fc from 'fast-check'
import { requestValidators } from '../../src/shared/contract/ipc'
import { parseObservation } from '../../src/shared/monitor/observation-schema'
import { sourceListSchema, parseSourceList } from '../../src/shared/net/sources'
import { binPolicyProblem } from '../../src/shared/profile/bin-policy'
import { parseProfileExchange } from '../../src/shared/profile/exchange'
import { scanForCardNumbers } from '../../src/shared/profile/card-number-scan'
import type { CardProfile } from '../../src/shared/profile/schema'
import { validateProfile } from '../../src/shared/profile/validate'
import {
  loadSettings,
  settingsPatchSchema,
  settingsSchema,
} from '../../src/shared/contract/settings'
import { contextFileSchema } from '../../src/shared/verdict/context'
import { observationOf, exitOf } from '../support/observations'
import { usProfile } from '../support/profiles'
import { countryText, ipText, isoCodes, runs } from './support'

// Cheap, JSON-shaped input plus look-alike values in the places that matter.
const json = fc.jsonValue({ maxDepth: 3 })
const leaf = fc.oneof(json, countryText, ipText, fc.stringMatching(/^\d{4,19}$/))

/** A valid document with one field (found by a random path) replaced by something else. */
function mutated(base: unknown): fc.Arbitrary<unknown> {
  const paths: string[][] = []
  const walk = (value: unknown, path: string[]) => {
    paths.push(path)
    if (value !== null && typeof value === 'object')
      for (const [key, child] of Object.entries(value)) walk(child, [...path, key])
  }
  walk(base, [])
  return fc.tuple(fc.constantFrom(...paths), leaf, fc.boolean()).map(([path, value, drop]) => {
    const copy = structuredClone(base) as Record<string, unknown>
    if (path.length === 0) return value
    let node = copy
    for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>
    const last = path[path.length - 1] as string
    if (drop) Reflect.deleteProperty(node, last)
    else node[last] = value
    return copy
  })
}

function expectStorable(profile: CardProfile) {
  expect(scanForCardNumbers(profile)).toEqual([])
  expect(profile.card.bin).toMatch(/^\d{6,8}$/)
  expect(binPolicyProblem(profile.card)).toBeNull()
  expect(isoCodes.has(profile.billing.country)).toBe(true)
  if (profile.card.issuingCountry !== null)
    expect(isoCodes.has(profile.card.issuingCountry)).toBe(true)
}

const observation = observationOf(Date.parse('2026-11-25T10:00:00Z'), {
  merchant: exitOf('merchant', '104.28.41.17', 'US'),
})

describe('file formats and validators (property)', { timeout: 60_000 }, () => {
  it('validateProfile: never throws; what it accepts is storable', () => {
    fc.assert(
      fc.property(fc.oneof(mutated(usProfile()), json), (input) => {
        const result = validateProfile(input)
        if (result.ok) expectStorable(result.profile)
        else
          for (const e of result.errors)
            expect(e.message.zh.length * e.message.en.length).toBeGreaterThan(0)
      }),
      runs,
    )
  })

  it('parseProfileExchange: never throws; what it accepts is storable', () => {
    const file = {
      format: 'paylight-profile-export',
      schema: 2,
      exportedAt: '',
      activeId: 'main',
      profiles: [usProfile()],
    }
    fc.assert(
      fc.property(
        fc.oneof(mutated(file), mutated({ schema: 1, profile: usProfile() }), json),
        (input) => {
          const result = parseProfileExchange(input)
          if (result.ok) {
            result.profiles.forEach(expectStorable)
            expect(result.profiles.some((p) => p.id === result.activeId)).toBe(true)
          }
        },
      ),
      runs,
    )
  })

  it('settings: loading never throws and always yields valid settings; the patch schema never throws', () => {
    const stored = {
      language: 'zh',
      intervalMs: 60_000,
      paused: false,
      crossCheck: true,
      notifications: true,
    }
    fc.assert(
      fc.property(fc.oneof(mutated(stored), json), (input) => {
        expect(settingsSchema.safeParse(loadSettings(input)).success).toBe(true)
        settingsPatchSchema.safeParse(input)
      }),
      runs,
    )
  })

  it('observation: never throws; every country it yields is ISO alpha-2', () => {
    fc.assert(
      fc.property(mutated(observation), (input) => {
        const result = parseObservation(input)
        if (!result.ok) return
        for (const exit of Object.values(result.observation.exits)) {
          if (!exit) continue
          if (exit.country !== null) expect(isoCodes.has(exit.country)).toBe(true)
          for (const w of exit.witnesses)
            if (w.country !== null) expect(isoCodes.has(w.country)).toBe(true)
        }
        for (const s of result.observation.sightings)
          if (s.country !== null) expect(isoCodes.has(s.country)).toBe(true)
      }),
      runs,
    )
  })

  it('context and source list: never throw', () => {
    const context = {
      now: '2026-11-25T10:00:00Z',
      intervalMs: 60_000,
      sleptAt: null,
      lastCheckFailed: false,
      timeZone: 'Asia/Shanghai',
    }
    const sources = [
      {
        name: 'chatgpt',
        url: 'https://chatgpt.com/cdn-cgi/trace',
        kind: 'merchant',
        family: 'any',
        parser: 'cf-trace',
        probe: true,
      },
    ]
    fc.assert(
      fc.property(mutated(context), mutated(sources), (c, s) => {
        contextFileSchema.safeParse(c)
        const list = parseSourceList(s)
        expect(list.ok).toBe(sourceListSchema.safeParse(s).success)
      }),
      runs,
    )
  })

  it('every IPC request validator returns a result for any JSON-shaped payload', () => {
    const names = Object.keys(requestValidators) as (keyof typeof requestValidators)[]
    fc.assert(
      fc.property(
        fc.constantFrom(...names),
        fc.oneof(json, leaf, fc.constant(undefined)),
        (name, payload) => {
          const result = requestValidators[name].safeParse(payload)
          expect(typeof result.success).toBe('boolean')
        },
      ),
      runs,
    )
  })

  // Once a bug: saveProfile's size check called JSON.stringify, which throws on a BigInt or a cycle
  // — both of which Electron's structured clone carries.
  it('every IPC request validator returns a result for BigInt or cyclic payloads', () => {
    const cyclic: Record<string, unknown> = {}
    cyclic.self = cyclic
    fc.assert(
      fc.property(fc.constantFrom<unknown>(1n, { card: { bin: 41111111n } }, cyclic), (payload) => {
        for (const validator of Object.values(requestValidators))
          expect(typeof validator.safeParse(payload).success).toBe('boolean')
      }),
      { ...runs, numRuns: 100 },
    )
  })
})
