import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import type { Exit, ExitNetwork } from '../../../../src/shared/monitor/observation'
import { classifyNetwork } from '../../../../src/shared/network-owner/classify'
import { evaluate } from '../../../../src/shared/verdict/evaluate'
import { networkOwnerFindings } from '../../../../src/shared/verdict/network-owner-rules'
import { exitOf, observationOf } from '../../../support/observations'
import { usProfile } from '../../../support/profiles'
import { T0 as t0, verdictContext } from '../../../support/verdict-context'

const ctx = verdictContext()
const net = (asn: number | null, org: string | null, warp: string | null = null): ExitNetwork => {
  const witnesses =
    asn === null ? [] : [{ by: 'local-db', kind: 'local-db' as const, asn, org: org ?? '' }]
  return {
    asn,
    org,
    ...classifyNetwork({ asn, org, warp }),
    witnesses,
    agreement: asn === null ? 'none' : 'single',
  }
}
const usExit = (network: ExitNetwork, route: Exit['route'] = 'merchant'): Exit => ({
  ...exitOf(route, '192.0.2.10', 'US'),
  network,
})
const verdictFor = (network: ExitNetwork) =>
  evaluate(usProfile(), observationOf(t0, { merchant: usExit(network) }), ctx)

describe('network-owner rules', () => {
  it('says a hosting exit is higher risk, as a fact and its consequence, yellow', () => {
    const verdict = verdictFor(net(20473, 'The Constant Company, LLC'))
    expect(verdict.light).toBe('yellow')
    const f = verdict.findings.find((x) => x.id === 'network-hosting')
    expect(f?.message.zh).toBe(
      '出口属于托管/数据中心网络（AS20473 Vultr (The Constant Company / Choopa)）：支付风控通常把这类出口评为较高风险，即使国家都一致也可能被拒',
    )
    expect(f?.step).toBe('vpn-region')
    // The merchant route and the generic IPv4 exit share the network: one finding, both routes.
    expect(f?.evidence['routes']).toBe('merchant: 192.0.2.10; ipv4: 192.0.2.10')
  })

  it('words a name-only match as a hint', () => {
    const verdict = verdictFor(net(64500, 'Example Hosting Ltd'))
    const f = verdict.findings.find((x) => x.id === 'network-hosting')
    expect(f?.message.en).toContain('name reads like a hosting')
    expect(f?.evidence['reason']).toBe('hosting-name')
  })

  it('reports a relay (WARP on the trace, or a curated relay ASN) the same way, yellow', () => {
    expect(verdictFor(net(null, null, 'on')).findings.map((f) => f.id)).toEqual(['network-relay'])
    const cf = verdictFor(net(13335, 'Cloudflare, Inc.'))
    expect(cf.light).toBe('yellow')
    expect(cf.findings[0]?.message.zh).toContain('AS13335')
  })

  it('stays silent for an unknown network and for an access network', () => {
    expect(verdictFor(net(null, null)).findings).toEqual([])
    expect(verdictFor(net(64501, 'Some Regional Telecom')).light).toBe('green')
    expect(
      verdictFor(net(4134, 'CHINANET')).findings.filter((f) => f.id.startsWith('network-h')),
    ).toEqual([])
  })

  it('never turns the light red, whatever the network (property)', () => {
    fc.assert(
      fc.property(
        fc.option(fc.integer({ min: 1, max: 2 ** 32 - 1 }), { nil: null }),
        fc.option(fc.string({ maxLength: 40 }), { nil: null }),
        fc.constantFrom(null, 'off', 'on', 'plus'),
        (asn, org, warp) => {
          const found = networkOwnerFindings(
            observationOf(t0, { merchant: usExit(net(asn, org, warp)) }),
            ['openai'],
          )
          expect(found.every((f) => f.severity === 'yellow' || f.severity === 'info')).toBe(true)
          expect(verdictFor(net(asn, org, warp)).light).not.toBe('red')
        },
      ),
    )
  })

  it('shows offline and online data that name different networks, as information', () => {
    const network: ExitNetwork = {
      ...net(64501, 'Some Regional Telecom'),
      witnesses: [
        { by: 'local-db', kind: 'local-db', asn: 64501, org: 'Some Regional Telecom' },
        { by: 'ipwho.is', kind: 'online', asn: 64502, org: 'Other Net' },
      ],
      agreement: 'disagree',
    }
    const verdict = verdictFor(network)
    expect(verdict.light).toBe('green')
    expect(verdict.findings.map((f) => `${f.id}:${f.severity}`)).toEqual([
      'network-owner-disagree:info',
    ])
    expect(verdict.findings[0]?.evidence['witnesses']).toBe(
      'local-db: AS64501 Some Regional Telecom; ipwho.is: AS64502 Other Net',
    )
  })

  it('skips exits no watched merchant sees (an Anthropic-only watch ignores the traced OpenAI route)', () => {
    const observation = observationOf(
      t0,
      {
        merchant: { ...usExit(net(20473, 'The Constant Company, LLC')), seenBy: ['chatgpt'] },
        ipv4: usExit(net(null, null), 'ipv4'),
      },
      {
        sightings: [
          {
            source: 'chatgpt',
            url: 'https://chatgpt.com/cdn-cgi/trace',
            kind: 'merchant' as const,
            family: 'any' as const,
            ip: '192.0.2.10',
            ipFamily: 4 as const,
            country: null,
            rawCountry: 'XX',
            failure: null,
            elapsedMs: 1,
          },
        ],
      },
    )
    expect(networkOwnerFindings(observation, ['anthropic'])).toEqual([])
    expect(networkOwnerFindings(observation, ['openai']).map((f) => f.id)).toEqual([
      'network-hosting',
    ])
  })
})
