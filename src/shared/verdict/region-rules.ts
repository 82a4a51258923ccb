import type { CountryCode } from '../geo/country'
import { notServedBasis, servesRegion } from '../merchant/serves-region'
import { merchants, merchantSpec } from '../merchant/merchants'
import type { MerchantId } from '../merchant/watched'
import type { Exit, Observation } from '../monitor/observation'
import type { CardProfile } from '../profile/schema'
import { finding } from './finding'
import { isTraced } from './merchant-route-rules'
import type { Finding } from './types'

/**
 * The exits a merchant can see a payment come from. Its own route when PayLight reads its edge;
 * and always the generic IPv4 and IPv6 exits, because the checkout's processor scripts and API
 * (js.stripe.com, api.stripe.com) leave by the generic route unless a proxy rule says otherwise,
 * and a browser prefers IPv6 where it exists. A merchant without a trace edge sees only these.
 */
export function exitsSeenBy(merchant: MerchantId, observation: Observation): Exit[] {
  const { merchant: own, ipv4, ipv6 } = observation.exits
  const seen = isTraced(merchant) && ownEdge(merchant, observation) ? own : null
  return [seen, ipv4, ipv6].filter((e): e is Exit => e !== null)
}

/**
 * Whether the merchant-route exit came from this merchant's own edge: with several merchants
 * watched, the route holds whichever edges answered. The sightings behind the exit tell by their
 * URL; an exit without them (a hand-written observation) is taken as the watched merchant's.
 */
function ownEdge(merchant: MerchantId, observation: Observation): boolean {
  const exit = observation.exits.merchant
  if (!exit) return false
  const urls = observation.sightings
    .filter((s) => s.kind === 'merchant' && s.ip === exit.ip && exit.seenBy.includes(s.source))
    .map((s) => s.url)
  if (urls.length === 0) return true
  const own = new Set(merchantSpec(merchant)?.traceUrls.map((t) => t.url))
  const anyMerchant = new Set(merchants.flatMap((m) => m.traceUrls.map((t) => t.url)))
  return urls.some((url) => own.has(url) || !anyMerchant.has(url))
}

const name = (merchant: MerchantId) => ({ message: `merchant.name.${merchant}` as const })

/** Distinct countries of some exits, each with the exits that left there, in route order. */
function byCountry(exits: readonly Exit[]): Map<CountryCode, Exit[]> {
  const groups = new Map<CountryCode, Exit[]>()
  for (const exit of exits) {
    if (!exit.country) continue
    groups.set(exit.country, [...(groups.get(exit.country) ?? []), exit])
  }
  return groups
}

/** An exit that leaves by a data centre or a relay: a proxy node, not the machine's own line. */
const viaProxyNode = (exit: Exit) =>
  exit.network?.kind === 'hosting' || exit.network?.kind === 'vpn-or-relay'

/**
 * Which words fit a group of exits in one unserved country: every exit the merchant sees is there
 * and none leaves by a proxy node — the proxy is simply not in effect (first launch, the client
 * off); the IPv6 exit among them — an IPv6 leak, with its own fix; otherwise the routes named.
 */
function regionText(exits: readonly Exit[], seen: readonly Exit[]) {
  if (exits.length === seen.length && !exits.some(viaProxyNode))
    return { text: 'finding.region-not-served.no-proxy' as const }
  if (exits.some((e) => e.route === 'ipv6'))
    return { text: 'finding.region-not-served.ipv6' as const }
  return {}
}

function merchantRegionFindings(merchant: MerchantId, observation: Observation): Finding[] {
  const out: Finding[] = []
  // A disputed exit counts only when no country it may be in is served (else country-disputed says it).
  const seen = exitsSeenBy(merchant, observation).filter(
    (e) => !e.disputed || e.disputed.every((c) => servesRegion(merchant, c) === 'not-served'),
  )
  for (const [country, exits] of byCountry(seen)) {
    // Only an evidence-backed "not served" may turn the light red. "unknown" (a country outside
    // the part of a list PayLight could read, e.g. the US on OpenAI's) stays silent: a warning
    // there would turn every such exit yellow, and information on every check is noise.
    const basis = notServedBasis(merchant, country)
    if (!basis) continue
    out.push(
      finding({
        id: 'region-not-served',
        severity: 'red',
        evidence: {
          merchant,
          country,
          routes: exits.map((e) => `${e.route}: ${e.ip}`).join('; '),
          source: basis.url,
          retrieved: basis.retrieved,
        },
        // "IPv6 出口在中国（240e::1）": name the route(s), or the user looks at the wrong exit.
        params: {
          merchant: name(merchant),
          country: { country },
          routes: {
            list: exits.map((e) => ({ message: `route.short.${e.route}` as const })),
            by: 'slash',
          },
          ip: { list: [...new Set(exits.map((e) => e.ip))] },
          source: basis.url,
          retrieved: basis.retrieved,
        },
        // An IPv6 exit in an unserved region is an IPv6 leak: its own fix must not be lost.
        ...regionText(exits, seen),
      }),
    )
  }
  return out
}

/** Regions the watched merchants do not serve, on every exit they can see; fresh evidence only. */
export function regionFindings(
  observation: Observation,
  merchants: readonly MerchantId[],
): Finding[] {
  return merchants.flatMap((m) => merchantRegionFindings(m, observation))
}

/**
 * Whether a watched merchant does not serve the IPv6 exit's country: `region-not-served` then names
 * that exit, and `ipv6-vs-billing` would only repeat the same problem with the same step.
 */
export function ipv6NotServed(observation: Observation, merchants: readonly MerchantId[]): boolean {
  const country = observation.exits.ipv6?.country
  return !!country && merchants.some((m) => servesRegion(m, country) === 'not-served')
}

/**
 * The card's and the billing country against the merchants' regions. No merchant says whether
 * these must be served too (`billingCountryStatement` is null), so this is information only.
 */
export function profileRegionFindings(
  profile: CardProfile,
  merchants: readonly MerchantId[],
): Finding[] {
  const places = [
    ['billing', profile.billing.country],
    ['card', profile.card.issuingCountry],
  ] as const
  return merchants.flatMap((merchant) => {
    const countries = new Map<CountryCode, string[]>()
    for (const [what, country] of places)
      if (country && servesRegion(merchant, country) === 'not-served')
        countries.set(country, [...(countries.get(country) ?? []), what])
    return [...countries].map(([country, what]) =>
      finding({
        id: 'region-profile-not-served',
        severity: 'info',
        evidence: { merchant, country, fields: what.join('+') },
        params: { merchant: name(merchant), country: { country } },
      }),
    )
  })
}
