import type { CrossCheckResult } from '../geo/cross-check'
import { classifyNetwork } from '../network-owner/classify'
import type { OfflineNetwork } from '../network-owner/types'
import type { Agreement, ExitNetwork, OwnerWitness, Sighting } from './observation'

/** What the owner look-up needs: the offline ASN data and relay ranges (absent: nothing offline). */
export type OwnerLookup = (ip: string) => OfflineNetwork | null

/** Whether the owner witnesses name one network; two ASNs are a disagreement to show. */
export function ownerAgreement(witnesses: readonly OwnerWitness[]): Agreement {
  if (witnesses.length === 0) return 'none'
  if (witnesses.length === 1) return 'single'
  return new Set(witnesses.map((w) => w.asn)).size === 1 ? 'agree' : 'disagree'
}

/**
 * Who runs an exit: the offline ASN data first (it answers for every IP, offline), the online
 * answer as a second witness, and the trace's `warp=` for Cloudflare's relay. The classification
 * uses the offline owner when there is one, else the online one; disagreement is recorded.
 */
export function exitNetwork(
  ip: string,
  sightings: readonly Sighting[],
  owner: OwnerLookup | undefined,
  online: CrossCheckResult | undefined,
): ExitNetwork {
  const witnesses: OwnerWitness[] = []
  const offline = owner?.(ip) ?? null
  if (offline && offline.asn !== null && offline.asn > 0)
    witnesses.push({ by: 'local-db', kind: 'local-db', asn: offline.asn, org: offline.org ?? '' })
  if (online?.ok && online.owner)
    witnesses.push({ by: online.provider, kind: 'online', ...online.owner })
  const lead = witnesses[0] ?? null
  const warp = sightings.find((s) => s.ip === ip && s.warp !== undefined)?.warp ?? null
  const { kind, reason } = classifyNetwork({
    asn: lead?.asn ?? null,
    org: lead?.org ?? null,
    warp,
    relay: offline?.relay ?? null,
  })
  return {
    asn: lead?.asn ?? null,
    org: lead ? lead.org || null : null,
    kind,
    reason,
    ...(offline?.relay ? { relay: offline.relay } : {}),
    witnesses,
    agreement: ownerAgreement(witnesses),
  }
}
