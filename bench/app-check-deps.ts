import { openAsnDb } from '../src/node/asn-db'
import { openGeoDb } from '../src/node/geo-db'
import { createCrossCheck } from '../src/shared/geo/cross-check'
import { defaultGeoProviders } from '../src/shared/geo/geo-providers'
import type { CheckDeps } from '../src/shared/monitor/run-check'
import type { FetchFn } from '../src/shared/net/fetch-text'
import { defaultSources } from '../src/shared/net/sources'
import { defaultSettings } from '../src/shared/contract/settings'

/**
 * What the app's checks run with under default settings, over `fetch`: the default sources and
 * merchants, the shipped offline country and network-owner data, the online cross-check.
 */
export function appCheckDeps(fetch: FetchFn, extra: Partial<CheckDeps> = {}): CheckDeps {
  const crossCheck = createCrossCheck({ fetch, providers: defaultGeoProviders, now: Date.now })
  return {
    fetch,
    sources: defaultSources,
    merchants: defaultSettings.merchants,
    locate: openGeoDb('resources/geo-whois-asn-country.mmdb').locate,
    owner: openAsnDb('resources/asn.bin').owner,
    crossCheck: defaultSettings.crossCheck ? crossCheck : null,
    now: Date.now,
    ...extra,
  }
}
