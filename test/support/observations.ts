import type { CountryCode } from '../../src/shared/geo/country'
import type { Exit, Observation } from '../../src/shared/monitor/observation'
import { splitRouting } from '../../src/shared/monitor/build-observation'

/** An exit with agreeing edge and database witnesses. */
export function exitOf(route: Exit['route'], ip: string, country: string | null): Exit {
  const code = country as CountryCode | null
  return {
    route,
    ip,
    family: ip.includes(':') ? 6 : 4,
    seenBy: ['t'],
    otherIps: [],
    witnesses: [
      { by: 't', kind: 'edge', country: code },
      { by: 'local-db', kind: 'local-db', country: code },
    ],
    country: code,
    agreement: code ? 'agree' : 'none',
  }
}

/** An observation made at `at`, with the given exits (IPv4 defaults to the merchant's IP). */
export function observationOf(
  at: number,
  exits: Partial<Observation['exits']>,
  extra: Partial<Observation> = {},
): Observation {
  const time = new Date(at).toISOString()
  const merchant = exits.merchant ?? null
  const ipv4 =
    exits.ipv4 === undefined
      ? merchant && merchant.family === 4
        ? { ...merchant, route: 'ipv4' as const }
        : null
      : exits.ipv4
  const ipv6 = exits.ipv6 ?? null
  return {
    schema: 1,
    checkedAt: time,
    fullCheckAt: time,
    mode: 'full',
    exits: { merchant, ipv4, ipv6 },
    split: splitRouting(merchant, ipv4, ipv6),
    ipv6Present: ipv6 !== null,
    proxy: null,
    sightings: [],
    ...extra,
  }
}
