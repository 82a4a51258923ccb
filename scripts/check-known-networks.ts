// Checks the curated network list (src/shared/network-owner/known-networks.ts) against the shipped
// ASN data and suggests candidates (run: npm run known-networks). It changes nothing: a person
// reviews each suggestion, checks the operator's own page or PeeringDB record, and edits the list.
import { readFileSync } from 'node:fs'
import { decodeAsnTable, tableOwners } from '../src/shared/network-owner/asn-table'
import { classifyNetwork } from '../src/shared/network-owner/classify'
import { knownNetworks } from '../src/shared/network-owner/known-networks'

const table = decodeAsnTable(readFileSync('resources/asn.bin'))
const names = new Map<number, Set<string>>()
for (const { asn, org } of tableOwners(table))
  names.set(asn, (names.get(asn) ?? new Set()).add(org))

let drift = 0
for (const network of knownNetworks) {
  const orgs = [...(names.get(network.asn) ?? [])]
  if (!orgs.some((org) => network.orgPattern.test(org))) {
    drift++
    console.log(
      `CHECK AS${network.asn} ${network.operator}: data says ${orgs.join(' | ') || 'absent'}`,
    )
  }
}
console.log(`${knownNetworks.length} curated networks, ${drift} to check`)

// Rows per ASN approximate how much address space it announces: list the biggest unlisted ones
// whose name reads like a data centre, for review.
const rows = new Map<number, number>()
for (const values of [table.v4Values, table.v6Values])
  for (const record of values) if (record) rows.set(record, (rows.get(record) ?? 0) + 1)
const candidates = [...rows]
  .map(([record, count]) => ({ asn: table.asns[record - 1] ?? 0, record, count }))
  .filter(({ asn }) => !knownNetworks.some((n) => n.asn === asn))
  .map((c) => ({ ...c, org: [...(names.get(c.asn) ?? [])][0] ?? '' }))
  .filter((c) => classifyNetwork({ asn: c.asn, org: c.org, warp: null }).reason === 'hosting-name')
  .sort((a, b) => b.count - a.count)
  .slice(0, 30)
for (const c of candidates) console.log(`candidate AS${c.asn} ${c.org} (${c.count} ranges)`)
