import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { openAsnDb } from '../../../src/node/asn-db'
import type { Exit } from '../../../src/shared/monitor/observation'
import { exitNetwork } from '../../../src/shared/monitor/exit-network'
import { decodeAsnTable, tableOwners } from '../../../src/shared/network-owner/asn-table'
import { classifyNetwork } from '../../../src/shared/network-owner/classify'
import { evaluate } from '../../../src/shared/verdict/evaluate'
import { exitOf, observationOf } from '../../support/observations'
import { usProfile } from '../../support/profiles'
import { T0, verdictContext } from '../../support/verdict-context'

// Exits on servers and proxies for rent, read through the shipped resources/asn.bin: with a US
// card, a US billing address and the merchant's trace placing the exit in the US, each must be
// flagged by its network, so the light is not green.
const asn = openAsnDb('resources/asn.bin')
const exitAt = (route: Exit['route'], ip: string): Exit => ({
  ...exitOf(route, ip, 'US'),
  network: exitNetwork(ip, [], asn.owner, undefined),
})
const verdictOn = (exits: Parameters<typeof observationOf>[1]) =>
  evaluate(usProfile(), observationOf(T0, exits), verdictContext())

const hostingExits = [
  ['23.224.0.1', 40065, 'CNSERVERS'],
  ['38.6.200.1', 398478, 'PEG TECH'],
  ['38.6.128.1', 54600, 'PEG TECH'],
  ['38.127.240.1', 399077, 'Tcloudnet'],
  ['2.26.240.1', 20326, 'TeraSwitch'],
  ['107.178.58.1', 32748, 'Steadfast'],
  ['40.183.254.1', 396356, 'Latitude.sh'],
  ['104.152.140.1', 396998, 'Path.net'],
  ['23.95.147.1', 27176, 'DataWagon'],
  ['45.43.8.1', 398465, 'Rackdog'],
  ['45.42.46.1', 14315, '1GServers'],
  ['23.26.145.1', 63023, 'GTHost'],
  ['68.65.120.1', 22612, 'Namecheap'],
  ['65.98.6.1', 25653, 'FortressITX'],
  ['45.39.21.1', 64267, 'Sprious (proxies)'],
  ['64.62.169.129', 53813, 'Zscaler'],
  ['2604:a880:4:1d0::1', 14061, 'DigitalOcean SFO2 IPv6'],
  ['2604:a880:400:d1::1', 14061, 'DigitalOcean NYC3 IPv6'],
  ['2a0d:5600::1', 9009, 'M247 IPv6'],
] as const

describe('exits on servers and proxies for rent (shipped ASN data)', () => {
  it.each(hostingExits)('%s (AS%i %s) has its owner and is not green', (ip, owner) => {
    const merchant = exitAt('merchant', ip)
    expect(merchant.network?.asn).toBe(owner)
    expect(merchant.network?.kind).toMatch(/^(hosting|vpn-or-relay)$/)
    const verdict = verdictOn({ merchant })
    expect(verdict.light).not.toBe('green')
    expect(verdict.findings.map((f) => f.id)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^network-(hosting|relay)$/)]),
    )
  })

  it('is not green when the merchant route leaves by DigitalOcean IPv6 and IPv4 by a home line', () => {
    const home = exitAt('ipv4', '73.93.1.1')
    expect(home.network?.kind).not.toMatch(/hosting|vpn/)
    // The same home line as the merchant's route is green: the network alone turns it.
    expect(verdictOn({ merchant: { ...home, route: 'merchant' } }).light).toBe('green')
    const merchant = exitAt('merchant', '2604:a880:4:1d0::1')
    const ipv6 = { ...merchant, route: 'ipv6' as const }
    const verdict = verdictOn({ merchant, ipv4: home, ipv6 })
    expect(verdict.light).not.toBe('green')
    expect(verdict.findings.find((f) => f.id === 'network-hosting')?.evidence['routes']).toContain(
      '2604:a880:4:1d0::1',
    )
  })
})

// Servers for rent in Asia, Russia and Iceland, a second entity of a listed operator and a Tor exit
// operator: every organisation name the shipped data files each under is flagged.
const otherOperators = [
  [138915, 'Kaopu Cloud HK (LightNode)'],
  [134548, 'DXTL'],
  [152194, 'CTG Server'],
  [133199, 'SonderCloud'],
  [139659, 'LucidaCloud'],
  [132839, 'Power Line (HK)'],
  [142403, 'YISU Cloud'],
  [38136, 'Akari Networks'],
  [328608, 'Cloud Innovation (Africa on Cloud)'],
  [58593, 'Azure China (Shanghai Blue Cloud)'],
  [39743, 'Voxility S.R.L.'],
  [9123, 'Timeweb'],
  [197695, 'REG.RU'],
  [200651, 'FlokiNET'],
  [4224, 'The Calyx Institute'],
] as const

describe('other operators of servers, proxies and exits (shipped ASN data)', () => {
  const owners = [...tableOwners(decodeAsnTable(readFileSync('resources/asn.bin')))]
  it.each(otherOperators)('flags AS%i (%s)', (asn) => {
    const names = owners.filter((o) => o.asn === asn).map((o) => o.org)
    expect(names.length).toBeGreaterThan(0)
    for (const org of names)
      expect([org, classifyNetwork({ asn, org, warp: null }).kind]).toEqual([
        org,
        expect.stringMatching(/^(hosting|vpn-or-relay)$/),
      ])
  })
})
