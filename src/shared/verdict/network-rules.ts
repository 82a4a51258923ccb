import ct from 'countries-and-timezones'
import { sameCountry } from '../address/us-territories'
import { toCountryCode } from '../geo/country'
import type { CountryCode } from '../geo/country'
import { exitRoutes, paymentExit, type Exit, type Observation } from '../monitor/observation'
import type { CardProfile } from '../profile/schema'
import type { VerdictContext } from './context'
import { defaultMerchants, type MerchantId } from '../merchant/watched'
import type { MessageParam } from '../i18n/translate'
import { bothInEea } from './eea'
import { finding } from './finding'
import { RECENT_CHANGE_MS } from './recent-change'
import { merchantName, merchantOfHost, tracedMerchant } from './merchant-route-rules'
import type { Finding } from './types'

/** The countries an exit may be in: its disputed candidates, else its one country. */
export function candidateCountries(exit: Exit): readonly (CountryCode | null)[] {
  return exit.disputed && exit.disputed.length > 1 ? exit.disputed : [exit.country]
}

/** A comparison fails for certain only when it fails for every country the exit may be in. */
const differsFromAll = (exit: Exit, other: string | null) =>
  candidateCountries(exit).every((c) => !sameCountry(c, other))

/** The payment exit's country cannot be told: nothing that needs it can be compared. */
function paymentCountryUnknown(observation: Observation): Finding[] {
  const exit = paymentExit(observation)
  return exit?.country
    ? []
    : [
        finding({
          id: 'network-country-unknown',
          severity: 'grey',
          evidence: { ip: exit?.ip ?? null },
        }),
      ]
}

function countryRules(profile: CardProfile, observation: Observation): Finding[] {
  const exit = paymentExit(observation)
  const network = exit?.country ?? null
  const billing = profile.billing.country
  const card = profile.card.issuingCountry
  const out: Finding[] = []
  if (!exit || !network) return out
  const evidence = { route: exit.route, ip: exit.ip, network, billing, card }
  const places = {
    network: { country: network },
    billing: { country: billing },
    card: { country: card },
  }
  if (differsFromAll(exit, billing)) {
    out.push(finding({ id: 'network-vs-billing', severity: 'red', evidence, params: places }))
  }
  if (card && differsFromAll(exit, card)) {
    const eea = bothInEea(network, card)
    out.push(
      finding({
        id: 'network-vs-card',
        severity: eea ? 'yellow' : 'red',
        evidence: { ...evidence, eea },
        params: places,
        ...(eea ? { text: 'finding.network-vs-card.eea' } : {}),
      }),
    )
  }
  const v6 = observation.exits.ipv6
  if (v6 && v6.country === null) {
    out.push(
      finding({
        id: 'ipv6-country-unknown',
        severity: 'yellow',
        evidence: { ip: v6.ip },
        params: { ip: v6.ip },
      }),
    )
  } else if (v6 && differsFromAll(v6, billing)) {
    out.push(
      finding({
        id: 'ipv6-vs-billing',
        severity: 'red',
        evidence: { ip: v6.ip, ipv6: v6.country, billing },
        params: { ipv6: { country: v6.country }, billing: places.billing },
      }),
    )
  }
  return out
}

function routingRules(observation: Observation, merchants: readonly MerchantId[]): Finding[] {
  const out: Finding[] = []
  const merchant = merchantName(tracedMerchant(merchants))
  const split = observation.split
  if (split?.countryDiffers) {
    out.push(
      finding({
        id: 'split-routing-country',
        severity: 'red',
        evidence: { ...split },
        params: { merchant, merchantIp: split.merchantIp, genericIp: split.genericIp },
      }),
    )
  } else if (split?.ipDiffers) {
    out.push(
      finding({
        id: 'split-routing-ip',
        severity: 'yellow',
        evidence: { ...split },
        params: { merchant, merchantIp: split.merchantIp, genericIp: split.genericIp },
      }),
    )
  }
  // The first merchant page is the reference (chatgpt.com in observations saved before roles).
  const reference = observation.proxy?.find(
    (p) => p.role === 'merchant' || (!p.role && p.url === 'https://chatgpt.com/'),
  )
  const merchantRule = reference?.rule
  const others = (observation.proxy ?? []).filter((p) => p !== reference && p.rule !== 'unknown')
  const differing =
    merchantRule && merchantRule !== 'unknown' ? others.filter((p) => p.rule !== merchantRule) : []
  if (differing.length > 0) {
    const hosts = differing.map((p) => `${new URL(p.url).host} → ${p.rule}`).join('; ')
    const merchantHost = reference ? new URL(reference.url).host : ''
    out.push(
      finding({
        id: 'split-routing-proxy',
        severity: 'yellow',
        evidence: { merchantRule: merchantRule ?? null, differing: hosts },
        params: {
          merchantRule: String(merchantRule),
          hosts,
          merchantHost,
          merchant: merchantName(merchantOfHost(merchantHost, merchants)),
        },
      }),
    )
  }
  return out
}

/**
 * No edge placed the exit and the offline databases disagree: name every country, yellow. The
 * comparisons that fail for all of them are red on their own; this keeps the light off green.
 */
function disputeFinding(exit: Exit): Finding {
  const countries = exit.disputed ?? []
  return finding({
    id: 'country-disputed',
    severity: 'yellow',
    evidence: { route: exit.route, ip: exit.ip, countries: countries.join('/') },
    params: {
      route: { message: `route.short.${exit.route}` as const },
      ip: exit.ip,
      countries: { list: countries.map((country) => ({ country })), by: 'slash' },
    },
    ...(exit.route === 'ipv6' ? { text: 'finding.country-disputed.ipv6' as const } : {}),
  })
}

function stabilityRules(observation: Observation, context: VerdictContext): Finding[] {
  const out: Finding[] = []
  const disputed = exitRoutes.flatMap((r) => {
    const exit = observation.exits[r]
    return exit && candidateCountries(exit).length > 1 ? [exit] : []
  })
  out.push(...disputed.map(disputeFinding))
  // A disputed exit is said once, by its own finding.
  const disagreeing = exitRoutes
    .map((r) => observation.exits[r])
    .filter((e) => e?.agreement === 'disagree' && !disputed.includes(e))
  if (disagreeing.length > 0) {
    const lead = disagreeing[0]
    const countriesOf = (e: (typeof disagreeing)[number]) => [
      ...new Set(e?.witnesses.flatMap((w) => (w.country ? [w.country] : []))),
    ]
    const seen = disagreeing.map((e) => `${e?.route}: ${countriesOf(e).join('/')}`).join('; ')
    // "商户线路：美国/中国": route names and country names in the reader's language, no codes.
    const routes: MessageParam = {
      list: disagreeing.map((e) => ({
        message: 'route.countries' as const,
        params: {
          route: { message: `route.short.${e?.route ?? 'merchant'}` as const },
          countries: { list: countriesOf(e).map((country) => ({ country })), by: 'slash' as const },
        },
      })),
      by: 'semicolon',
    }
    out.push(
      finding({
        id: 'sources-disagree',
        severity: 'yellow',
        evidence: { routes: seen },
        params: { routes, country: { country: lead?.country ?? null } },
      }),
    )
  }
  if (context.exitChangedAt && context.now - Date.parse(context.exitChangedAt) < RECENT_CHANGE_MS) {
    out.push(
      finding({
        id: 'exit-changed-recently',
        severity: 'yellow',
        evidence: { exitChangedAt: context.exitChangedAt },
      }),
    )
  }
  const tzCountry = context.timeZone
    ? toCountryCode(ct.getCountryForTimezone(context.timeZone)?.id)
    : null
  const network = paymentExit(observation)?.country ?? null
  if (tzCountry && network && !sameCountry(tzCountry, network)) {
    out.push(
      finding({
        id: 'timezone-vs-network',
        severity: 'info',
        evidence: { timeZone: context.timeZone, timeZoneCountry: tzCountry, network },
        params: {
          timeZone: context.timeZone ?? '',
          timeZoneCountry: { country: tzCountry },
          network: { country: network },
        },
      }),
    )
  }
  return out
}

/**
 * Rules about the network alone, which need no card: whether the payment exit's country is known,
 * routing and stability. Run only on fresh evidence.
 */
export function exitFindings(observation: Observation, context: VerdictContext): Finding[] {
  return [
    ...paymentCountryUnknown(observation),
    ...routingRules(observation, context.merchants ?? defaultMerchants),
    ...stabilityRules(observation, context),
  ]
}

/** Rules that compare the network evidence with the profile's countries; fresh evidence only. */
export function profileNetworkFindings(profile: CardProfile, observation: Observation): Finding[] {
  return countryRules(profile, observation)
}
