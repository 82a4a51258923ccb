import type { AppState } from '../../src/shared/app-state'
import { defaultSettings } from '../../src/shared/settings'
import type { Observation } from '../../src/shared/monitor/observation'
import { exitOf, observationOf } from './observations'
import { sighting } from './sightings'

/** A realistic app state: US merchant and IPv4 exits, a CN IPv6 leak, no card profile. */
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
  return {
    monitor: {
      observation,
      checking: false,
      paused: false,
      intervalMs: 60_000,
      lastAttempt: { at: observation.checkedAt, ok: true, trigger: 'start', failures: [] },
      consecutiveFailures: 0,
      nextCheckAt: null,
      sleptAt: null,
    },
    settings: defaultSettings,
    lang,
    verdict: {
      light: 'grey',
      findings: [
        {
          id: 'profile-missing',
          severity: 'grey',
          evidence: {},
          message: {
            zh: '尚未填写卡片资料，无法比较',
            en: 'No card profile yet, so there is nothing to compare',
          },
          step: 'card-profile',
        },
      ],
      evidenceAt: observation.checkedAt,
    },
    profiles: {
      book: { schema: 2, activeId: null, profiles: [] },
      protection: 'os-keychain',
      notice: null,
    },
  }
}
