import type { CountryCode } from '../country'
import type { CrossCheckOutcome } from '../geo/cross-check'
import type { IpFamily } from '../ip-address'
import type { FetchFailureCode } from '../net/fetch-text'
import type { BodyRejection } from '../net/parse-body'
import type { SourceFamily, SourceKind } from '../net/sources'
import type { NetworkReason } from '../network-owner/classify'
import type { NetworkKind } from '../network-owner/known-networks'
import type { RelayId } from '../network-owner/types'

/** Why a source gave no evidence: a transport failure or a body we refused. */
export type SightingFailureCode = FetchFailureCode | BodyRejection

// A record, so the compiler insists on every code of the union and on nothing else.
const failureCodes: Record<SightingFailureCode, true> = {
  timeout: true,
  network: true,
  'rate-limited': true,
  'http-error': true,
  'too-large': true,
  redirect: true,
  'no-ip': true,
  'not-an-ip': true,
  'not-public': true,
  'wrong-family': true,
  garbage: true,
}

/** Every failure code, so a saved observation is read back with the same codes it was written with. */
export const sightingFailureCodes = Object.keys(failureCodes) as readonly SightingFailureCode[]

/** What one source said in one check, including how it failed; failures are evidence too. */
export interface Sighting {
  readonly source: string
  readonly url: string
  readonly kind: SourceKind
  readonly family: SourceFamily
  readonly ip: string | null
  readonly ipFamily: IpFamily | null
  /** Country the source's edge placed the IP in (traces only); null when it said XX/T1/nothing. */
  readonly country: CountryCode | null
  readonly rawCountry: string | null
  readonly failure: { readonly code: SightingFailureCode; readonly detail: string } | null
  readonly elapsedMs: number
  /** Cloudflare trace `warp=` (off, on, plus), when the answer carried it: on/plus is a relay. */
  readonly warp?: string
}

/** The routes a payment can leave by: the merchant's own, and the generic IPv4 and IPv6 exits. */
export const exitRoutes = ['merchant', 'ipv4', 'ipv6'] as const
/** See {@link exitRoutes}. */
export type ExitRoute = (typeof exitRoutes)[number]

/** Kinds of country witness: a trace edge, the offline database, or an online service. */
export const witnessKinds = ['edge', 'local-db', 'online'] as const

/** Someone's opinion of an exit's country: a trace edge, the offline database, or an online service. */
export interface CountryWitness {
  readonly by: string
  readonly kind: (typeof witnessKinds)[number]
  readonly country: CountryCode | null
  readonly detail?: string
}

/** How far the witnesses agree; disagreement is recorded, never hidden. */
export const agreements = ['agree', 'single', 'disagree', 'none'] as const
/** See {@link agreements}. */
export type Agreement = (typeof agreements)[number]

/** Kinds of network-owner witness: the offline ASN data, or an online service's answer. */
export const ownerWitnessKinds = ['local-db', 'online'] as const

/** Someone's word on who runs an exit: its autonomous system number and organisation. */
export interface OwnerWitness {
  readonly by: string
  readonly kind: (typeof ownerWitnessKinds)[number]
  readonly asn: number
  readonly org: string
}

/** Who runs an exit's network, how that was learned, and what kind of network it is. */
export interface ExitNetwork {
  /** The offline data's answer when it has one, else the online one; null when nobody knew. */
  readonly asn: number | null
  readonly org: string | null
  readonly kind: NetworkKind
  readonly reason: NetworkReason
  /** The published relay egress range the exit falls in (iCloud Private Relay, WARP, a VPN's servers). */
  readonly relay?: RelayId
  readonly witnesses: readonly OwnerWitness[]
  /** Whether the offline and online ASNs agree; disagreement is shown, never hidden. */
  readonly agreement: Agreement
}

/** One exit as the world sees it. */
export interface Exit {
  readonly route: ExitRoute
  readonly ip: string
  readonly family: IpFamily
  readonly seenBy: readonly string[]
  /** Other IPs that sources on the same route reported (unstable or split exits). */
  readonly otherIps: readonly { readonly ip: string; readonly seenBy: readonly string[] }[]
  readonly witnesses: readonly CountryWitness[]
  readonly country: CountryCode | null
  readonly agreement: Agreement
  /**
   * Set when no edge placed the exit and the offline databases disagree: every country the
   * offline and online witnesses name. The verdict compares each; the light is never green on it.
   */
  readonly disputed?: readonly CountryCode[]
  /** Who runs the exit (ASN, organisation, kind); absent in observations saved before it existed. */
  readonly network?: ExitNetwork
}

/** The merchant route against the generic exit of the same family. */
export interface SplitRouting {
  readonly merchantIp: string
  readonly genericIp: string
  readonly ipDiffers: boolean
  /** null when either country is unknown. */
  readonly countryDiffers: boolean | null
}

/** How the system proxy configuration routes one URL (`DIRECT`, `PROXY host:port`, ...). */
export interface ProxyRoute {
  readonly url: string
  readonly rule: string
  /** A merchant's own page or its processor's host; absent in observations saved before. */
  readonly role?: 'merchant' | 'processor'
}

// A record, so the compiler insists on every outcome a provider's attempt can have.
const outcomeRecord: Record<CrossCheckOutcome, true> = {
  answered: true,
  spaced: true,
  benched: true,
  'no-time': true,
  timeout: true,
  network: true,
  'rate-limited': true,
  'http-error': true,
  'too-large': true,
  redirect: true,
  refused: true,
  garbage: true,
  'ip-mismatch': true,
}

/** Every outcome a geolocation attempt can have, to read saved observations back. */
export const geoOutcomes = Object.keys(outcomeRecord) as [CrossCheckOutcome, ...CrossCheckOutcome[]]

/** One online geolocation attempt for an exit IP: who was asked, what came of it, when to retry. */
export interface GeoAttempt {
  readonly ip: string
  readonly provider: string
  readonly outcome: CrossCheckOutcome
  readonly detail: string
  /** When a rate-limited provider may be asked again. */
  readonly retryAt?: string
}

/** A full check asks every source; a probe asks one and confirms nothing changed. */
export const observationModes = ['full', 'probe'] as const

/** Everything one check learned, with its time. The JSON form the CLI prints and reads back. */
export interface Observation {
  readonly schema: 1
  /** When this evidence was last confirmed (a full check or a probe that saw no change). */
  readonly checkedAt: string
  /** When every source was last asked. */
  readonly fullCheckAt: string
  readonly mode: (typeof observationModes)[number]
  readonly exits: {
    readonly merchant: Exit | null
    readonly ipv4: Exit | null
    readonly ipv6: Exit | null
  }
  readonly split: SplitRouting | null
  readonly ipv6Present: boolean
  readonly proxy: readonly ProxyRoute[] | null
  readonly sightings: readonly Sighting[]
  /** Every online geolocation attempt for the exits, failures and rate limits included. */
  readonly geoAttempts?: readonly GeoAttempt[]
}

/** True when no exit at all could be observed: the check failed as a whole. */
export function observedNothing(observation: Observation): boolean {
  const { merchant, ipv4, ipv6 } = observation.exits
  return !merchant && !ipv4 && !ipv6
}

/** The exit a merchant most likely sees: its own route if we saw it, else the generic ones. */
export function paymentExit(observation: Observation): Exit | null {
  const { merchant, ipv4, ipv6 } = observation.exits
  return merchant ?? ipv6 ?? ipv4
}
