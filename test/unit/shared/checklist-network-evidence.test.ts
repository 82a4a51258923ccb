import { networkStepEvidence } from '../../../src/shared/checklist/network-evidence'
import { exitOf, observationOf } from '../../support/observations'

const t0 = Date.parse('2026-11-25T10:00:00Z')

describe("the network step's evidence", () => {
  it('lists each exit with its country and who runs its network', () => {
    const merchant = {
      ...exitOf('merchant', '104.28.41.17', 'US'),
      network: {
        asn: 13335,
        org: 'Cloudflare, Inc.',
        kind: 'vpn-or-relay' as const,
        reason: 'known-relay' as const,
        witnesses: [
          { by: 'local-db', kind: 'local-db' as const, asn: 13335, org: 'Cloudflare, Inc.' },
        ],
        agreement: 'single' as const,
      },
    }
    const observation = observationOf(t0, { merchant, ipv4: exitOf('ipv4', '192.0.2.1', 'US') })
    expect(networkStepEvidence(observation, 'zh')).toEqual([
      '商户：104.28.41.17 美国 US · AS13335 Cloudflare, Inc. · VPN/中继',
      'IPv4：192.0.2.1 美国 US · 网络归属未知',
    ])
    expect(networkStepEvidence(observation, 'en')[0]).toBe(
      'Merchant: 104.28.41.17 United States US · AS13335 Cloudflare, Inc. · VPN / relay',
    )
  })

  it('has nothing to show before a check', () => {
    expect(networkStepEvidence(null, 'zh')).toEqual([])
  })
})
