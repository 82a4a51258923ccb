import type { CountryCode } from '../../src/shared/geo/country'
import type { AppState } from '../../src/shared/contract/app-state'
import { defaultSettings } from '../../src/shared/contract/settings'
import type { Observation } from '../../src/shared/monitor/observation'
import { exitOf, observationOf } from './observations'
import { sighting } from './sightings'
import { evaluate } from '../../src/shared/verdict/evaluate'
import { emptyPaymentSlices } from '../../src/shared/session/payment-slices'

// Each sample is newer than the last, as each of main's pushes is.
let revision = 0

/**
 * A realistic app state: US merchant and IPv4 exits, a CN IPv6 leak, no card profile; each call
 * carries a higher revision than the one before.
 */
export function sampleAppState(
  at: number,
  lang: AppState['lang'] = 'zh',
  patch: Partial<Observation> = {},
): AppState {
  const observation = observationOf(
    at,
    {
      merchant: exitOf('merchant', '104.28.41.17', 'US'),
      ipv6: exitOf('ipv6', '240e:3b7::1', 'CN'),
    },
    {
      proxy: [{ url: 'https://chatgpt.com/', rule: 'PROXY 127.0.0.1:7890' }],
      sightings: [
        sighting('chatgpt', 'merchant', '104.28.41.17', 'US'),
        sighting('cf-v6', 'trace', '240e:3b7::1', 'CN', 'v6'),
        sighting('ipify', 'echo', null, null, 'v4'),
      ],
      ...patch,
    },
  )
  const monitor: AppState['monitor'] = {
    observation,
    checking: false,
    paused: false,
    intervalMs: 60_000,
    lastAttempt: { at: observation.checkedAt, ok: true, trigger: 'start', failures: [] },
    consecutiveFailures: 0,
    nextCheckAt: null,
    sleptAt: null,
    networkChangeAt: null,
    cadenceOverrideMs: null,
  }
  revision += 1
  return {
    revision,
    monitor,
    settings: defaultSettings,
    lang,
    // Computed by the real rules, as main does, so the sample can never drift from them.
    verdict: evaluate(null, observation, {
      ...monitor,
      now: at,
      exitChangedAt: null,
      timeZone: null,
    }),
    profiles: {
      book: { schema: 3, activeId: null, profiles: [] },
      protection: 'os-keychain',
      loading: false,
    },
    storage: {
      readOnly: null,
      files: [
        { name: 'profiles.dat', status: { kind: 'ready' }, movedAside: [], lastError: null },
        { name: 'settings.json', status: { kind: 'ready' }, movedAside: [], lastError: null },
      ],
    },
    notices: [],
    ui: { requestedPage: null },
    ...emptyPaymentSlices,
  }
}

/**
 * A payment session that said stop: the merchant exit moved from the pinned 104.28.41.17 (US) to
 * 8.8.8.8, `more` times more since. `alerts` 0 is a session still watching quietly.
 */
export function watchingSession(
  base: AppState,
  at: string,
  alerts = 1,
  more = 0,
): AppState['session'] {
  const pinned = { ip: '104.28.41.17', country: 'US' as CountryCode }
  return {
    ...base.session,
    state: {
      phase: 'watching',
      id: 's1',
      startedAt: at,
      deadline: new Date(Date.parse(at) + 20 * 60_000).toISOString(),
      pin: { at, exits: { merchant: pinned, ipv4: pinned, ipv6: null }, light: 'green' },
      alerts: Array.from({ length: alerts }, () => ({
        kind: 'exit' as const,
        route: 'merchant' as const,
        from: pinned,
        to: { ip: '8.8.8.8', country: 'US' as CountryCode },
        countryChanged: false,
      })),
      moreChanges: more,
      latest: [],
      firstAlertAt: alerts > 0 ? at : null,
      lastLight: 'green',
    },
  }
}
