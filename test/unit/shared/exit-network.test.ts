import path from 'node:path'
import { buildObservation } from '../../../src/shared/monitor/build-observation'
import { parseObservation } from '../../../src/shared/monitor/observation-schema'
import { openAsnDb } from '../../../src/node/asn-db'
import { sighting } from '../../support/sightings'

const at = new Date('2026-11-25T10:00:00Z')
const none = () => null
const vultr = { asn: 20473, org: 'The Constant Company, LLC' }

describe('network owner per exit', () => {
  it('records the offline owner, the online one, their agreement and the kind', () => {
    const online = new Map([
      [
        '192.0.2.10',
        { ok: true as const, provider: 'ipwho.is', country: null, owner: vultr, attempts: [] },
      ],
    ])
    const o = buildObservation(
      [sighting('chatgpt', 'merchant', '192.0.2.10', 'US')],
      { locate: none, online, owner: () => vultr },
      null,
      at,
    )
    expect(o.exits.merchant?.network).toEqual({
      ...vultr,
      kind: 'hosting',
      reason: 'known-hosting',
      witnesses: [
        { by: 'local-db', kind: 'local-db', ...vultr },
        { by: 'ipwho.is', kind: 'online', ...vultr },
      ],
      agreement: 'agree',
    })
  })

  it('shows disagreement and keeps the offline answer as the lead', () => {
    const online = new Map([
      [
        '192.0.2.10',
        {
          ok: true as const,
          provider: 'ipapi.co',
          country: null,
          owner: { asn: 4134, org: 'CHINANET' },
          attempts: [],
        },
      ],
    ])
    const o = buildObservation(
      [sighting('cf-v4', 'trace', '192.0.2.10', 'US', 'v4')],
      { locate: none, online, owner: () => vultr },
      null,
      at,
    )
    expect(o.exits.ipv4?.network).toMatchObject({ asn: 20473, agreement: 'disagree' })
  })

  it('reads WARP from the trace and leaves an unknown network unknown', () => {
    const warp = { ...sighting('chatgpt', 'merchant', '192.0.2.10', 'US'), warp: 'plus' }
    const o = buildObservation([warp], { locate: none, online: new Map() }, null, at)
    expect(o.exits.merchant?.network).toMatchObject({ kind: 'vpn-or-relay', reason: 'warp-on' })
    const plain = buildObservation(
      [sighting('chatgpt', 'merchant', '192.0.2.10', 'US')],
      { locate: none, online: new Map() },
      null,
      at,
    )
    expect(plain.exits.merchant?.network).toMatchObject({
      asn: null,
      kind: 'unknown',
      agreement: 'none',
    })
  })

  it('survives the JSON round trip, and a hand-written asn alone is classified on read', () => {
    const db = openAsnDb(path.join('resources', 'asn.bin'))
    const o = buildObservation(
      [sighting('chatgpt', 'merchant', '104.28.41.17', 'US')],
      { locate: none, online: new Map(), owner: db.owner },
      null,
      at,
    )
    expect(o.exits.merchant?.network).toMatchObject({ asn: 13335, kind: 'vpn-or-relay' })
    const back = parseObservation(JSON.parse(JSON.stringify(o)))
    expect(back.ok && back.observation.exits.merchant?.network).toEqual(o.exits.merchant?.network)
    const hand = parseObservation({
      schema: 1,
      checkedAt: at.toISOString(),
      exits: {
        merchant: { ip: '192.0.2.1', country: 'US', network: { asn: 16509, org: 'AMAZON-02' } },
      },
    })
    expect(hand.ok && hand.observation.exits.merchant?.network).toMatchObject({
      kind: 'hosting',
      reason: 'known-hosting',
      agreement: 'none',
    })
  })
})
