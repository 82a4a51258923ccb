import { describe, expect, it } from 'vitest'
import type { CountryCode } from '../../../../src/shared/country'
import { servesRegion } from '../../../../src/shared/merchant/serves-region'
import { consensus } from '../../../../src/shared/monitor/build-observation'
import { markAgainst } from '../../../../src/shared/comparison'
import { evaluate, type VerdictContext } from '../../../../src/shared/verdict/evaluate'
import { exitOf, observationOf } from '../../../support/observations'
import { usProfile } from '../../../support/profiles'
import { freshContext } from '../../../support/verdict-context'

const t0 = Date.parse('2026-12-01T10:00:00Z')
const ctx = (merchants: VerdictContext['merchants'] = ['openai']) => freshContext(t0, { merchants })
const code = (c: string) => c as CountryCode
const ids = (v: { findings: readonly { id: string; severity: string }[] }) =>
  v.findings.map((f) => `${f.id}:${f.severity}`)

// Each territory with a real ZIP of its own (USPS) and a public address in its ranges.
const territories = [
  ['PR', '00901', 'San Juan'],
  ['GU', '96910', 'Hagåtña'],
  ['VI', '00802', 'Charlotte Amalie'],
  ['AS', '96799', 'Pago Pago'],
  ['MP', '96950', 'Saipan'],
  ['UM', '96898', 'Wake Island'],
] as const

describe('US territories are one with the US in every comparison', () => {
  it.each(territories)(
    '%s: a US card, a billing address there and an exit there is green for both merchants',
    (territory, zip, city) => {
      const profile = usProfile({
        billing: {
          country: code(territory),
          state: '',
          postalCode: zip,
          city,
          line1: '1 Calle Luna',
        },
      })
      const here = observationOf(t0, { merchant: exitOf('merchant', '192.0.2.10', territory) })
      for (const merchants of [['openai'], ['anthropic']] as const) {
        const verdict = evaluate(profile, here, ctx(merchants))
        expect(ids(verdict), merchants[0]).toEqual([])
        expect(verdict.light).toBe('green')
      }
      // The same address written as the US with the territory as its state, and a US exit.
      if (territory !== 'UM') {
        const asState = usProfile({ billing: { state: territory, postalCode: zip, city } })
        const usExit = observationOf(t0, { merchant: exitOf('merchant', '192.0.2.10', 'US') })
        expect(ids(evaluate(asState, here, ctx()))).toEqual([])
        expect(ids(evaluate(asState, usExit, ctx()))).toEqual([])
      }
      expect(servesRegion('openai', territory)).toBe('served')
      expect(servesRegion('anthropic', territory)).toBe('served')
      expect(markAgainst(code(territory), code('US'))).toBe('matches')
      expect(
        consensus([
          { by: 'edge', kind: 'edge', country: code(territory) },
          { by: 'local-db', kind: 'local-db', country: code('US') },
        ]),
      ).toEqual({ country: territory, agreement: 'agree' })
    },
  )

  it('still checks the ZIP against the territory: a Guam address with a Puerto Rico ZIP is red', () => {
    const profile = usProfile({ billing: { state: 'GU', postalCode: '00901', city: 'Hagåtña' } })
    const here = observationOf(t0, { merchant: exitOf('merchant', '192.0.2.10', 'GU') })
    const verdict = evaluate(profile, here, ctx())
    expect(ids(verdict)).toEqual(['zip-state-mismatch:red'])
  })

  it('keeps a foreign exit foreign: a Puerto Rico address with a Mexican exit is red', () => {
    const profile = usProfile({
      billing: { country: code('PR'), state: '', postalCode: '00901', city: 'San Juan' },
    })
    const mx = observationOf(t0, { merchant: exitOf('merchant', '192.0.2.10', 'MX') })
    expect(evaluate(profile, mx, ctx()).light).toBe('red')
  })
})
