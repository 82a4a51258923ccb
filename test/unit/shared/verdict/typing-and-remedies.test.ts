import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { CountryCode } from '../../../../src/shared/geo/country'
import { normalizeUsZip, zipNeedsRetyping } from '../../../../src/shared/address/us-zip'
import { findRegion } from '../../../../src/shared/address/regions'
import { nextStep } from '../../../../src/shared/view/next-step'
import { evaluate } from '../../../../src/shared/verdict/evaluate'
import { exitOf, observationOf } from '../../../support/observations'
import { usProfile } from '../../../support/profiles'
import { freshContext } from '../../../support/verdict-context'

const t0 = Date.parse('2026-12-01T10:00:00Z')
const ctx = freshContext(t0)
const usEverywhere = observationOf(t0, { merchant: exitOf('merchant', '192.0.2.1', 'US') })
const oregon = (state: string, postalCode: string) =>
  usProfile({ billing: { state, postalCode, city: 'Portland', line1: '1 SW Main St' } })
const ids = (v: { findings: readonly { id: string; severity: string }[] }) =>
  v.findings.map((f) => `${f.id}:${f.severity}`)

describe('ZIP+4 as autocorrect and input methods type it', () => {
  it.each([
    '97201–1234',
    '97201—1234',
    '97201－1234',
    '97201 - 1234',
    '97201 -1234',
    '97201‐1234',
    '９７２０１－１２３４',
    '97201ー1234',
    '97201ｰ1234',
    '97201_1234',
    '97201.1234',
  ])('reads %s, checks it against the state and says what to type (yellow)', (typed) => {
    expect(normalizeUsZip(typed)).toBe('97201-1234')
    const verdict = evaluate(oregon('OR', typed), usEverywhere, ctx)
    const typing = verdict.findings.filter((f) => f.id === 'postal-code-typing')
    expect(typing).toHaveLength(1)
    expect(typing[0]?.severity).toBe('yellow')
    expect(typing[0]?.message.en).toContain('type it as 97201-1234')
    expect(typing[0]?.message.zh).toContain('请这样输入：97201-1234')
    expect(verdict.light).toBe('yellow')
    // Still checked against the state: the same ZIP under California is red.
    expect(ids(evaluate(oregon('CA', typed), usEverywhere, ctx))).toContain(
      'zip-state-mismatch:red',
    )
  })

  it('reads a full-width ZIP typed with a Chinese input method, and says what to type (yellow)', () => {
    expect(normalizeUsZip('９７２０１')).toBe('97201')
    const verdict = evaluate(oregon('OR', '９７２０１'), usEverywhere, ctx)
    expect(ids(verdict)).not.toContain('postal-code-format:red')
    const typing = verdict.findings.find((f) => f.id === 'postal-code-typing')
    expect(typing?.severity).toBe('yellow')
    expect(typing?.message.zh).toContain('请这样输入：97201')
    expect(verdict.light).toBe('yellow')
  })

  it.each(['97201', '97201-1234', '972011234', '97201 1234'])('says nothing about %s', (typed) => {
    expect(zipNeedsRetyping(typed)).toBe(false)
    expect(evaluate(oregon('OR', typed), usEverywhere, ctx).light).toBe('green')
  })

  it('reads any dash with any spaces around it, and nothing else', () => {
    const dashes = ['-', '–', '—', '－', '−', '‐', '‑', '‒', '―', '﹣', 'ー', 'ｰ', '_', '.']
    fc.assert(
      fc.property(
        fc.stringMatching(/^\d{5}$/),
        fc.stringMatching(/^\d{4}$/),
        fc.constantFrom(...dashes),
        fc.stringMatching(/^ {0,2}$/),
        fc.stringMatching(/^ {0,2}$/),
        (zip, plus4, dash, before, after) => {
          expect(normalizeUsZip(`${zip}${before}${dash}${after}${plus4}`)).toBe(`${zip}-${plus4}`)
        },
      ),
      { numRuns: 2000, seed: 19 },
    )
    for (const bad of ['97201--1234', '97201~1234', '9720–11234', '97201–123', '97201 – –1234'])
      expect(normalizeUsZip(bad)).toBeNull()
  })
})

describe('a state typed in Chinese', () => {
  it.each([
    ['加州', 'CA', '90210'],
    ['俄勒冈州', 'OR', '97201'],
    ['俄勒冈', 'OR', '97201'],
    ['德州', 'TX', '73301'],
    ['纽约州', 'NY', '10001'],
    ['麻州', 'MA', '02139'],
    ['華盛頓州', 'WA', '98101'],
  ])(
    'recognises %s as %s, checks the ZIP against it and names the code to type',
    (typed, state, zip) => {
      expect(findRegion('US', typed)?.region.code).toBe(state)
      const verdict = evaluate(oregon(typed, zip), usEverywhere, ctx)
      const note = verdict.findings.find((f) => f.id === 'state-not-code')
      expect(note?.severity).toBe('yellow')
      expect(note?.message.en).toContain(`Enter the state code ${state}`)
      expect(verdict.light).toBe('yellow')
      expect(ids(verdict)).not.toContain('state-unknown:yellow')
      // The ZIP is checked against the recognised state.
      const wrongZip = evaluate(
        oregon(typed, state === 'CA' ? '97201' : '90210'),
        usEverywhere,
        ctx,
      )
      expect(ids(wrongZip)).toContain('zip-state-mismatch:red')
    },
  )

  it('leaves an ambiguous short form unrecognised rather than guess (俄州: OH, OR or OK)', () => {
    expect(findRegion('US', '俄州')).toBeNull()
  })
})

describe('each finding keeps its own remedy', () => {
  it('says how to close an IPv6 leak into an unserved region (US IPv4, IPv6 in China)', () => {
    const observation = observationOf(t0, {
      merchant: exitOf('merchant', '192.0.2.1', 'US'),
      ipv4: exitOf('ipv4', '192.0.2.1', 'US'),
      ipv6: exitOf('ipv6', '240e:3b7::1', 'CN'),
    })
    const verdict = evaluate(usProfile(), observation, ctx)
    expect(verdict.light).toBe('red')
    const first = verdict.findings[0]
    expect(first?.id).toBe('region-not-served')
    expect(first?.message.en).toContain('let the proxy client take over IPv6')
    expect(first?.message.en).toContain('turn IPv6 off for the browser')
    expect(first?.message.zh).toContain('让代理客户端接管 IPv6')
    const step = nextStep(verdict)
    expect(JSON.stringify(step)).toContain('take over IPv6')
  })

  it('keeps the plain remedy when the unserved exit is not IPv6', () => {
    const observation = observationOf(t0, { merchant: exitOf('merchant', '192.0.2.1', 'CN') })
    const cn = usProfile({
      billing: { country: 'CN' as CountryCode, state: '', postalCode: '100000' },
    })
    const first = evaluate(cn, observation, ctx).findings[0]
    expect(first?.id).toBe('region-not-served')
    expect(first?.message.en).not.toContain('IPv6')
  })
})
