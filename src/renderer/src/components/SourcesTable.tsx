import { countryLabel } from '../../../shared/i18n/country-text'
import { geoOutcomeKey } from '../../../shared/geo/attempt-text'
import type { GeoAttempt, Observation, Sighting } from '../../../shared/monitor/observation'
import { meansNoIpv6 } from '../../../shared/verdict/coverage-rules'
import { networkLabel } from '../../../shared/verdict/network-owner-rules'
import { useLang, useT } from '../use-t'
import { sourceLabel } from '../../../shared/view/source-label'

/** Who runs the network of a source's IP, when that IP is one of the exits ("AS13335 Cloudflare"). */
function ownerOf(sighting: Sighting, observation: Observation | null): string {
  const exits = observation ? Object.values(observation.exits) : []
  const network = exits.find((e) => e !== null && e.ip === sighting.ip)?.network
  return network && network.asn !== null ? networkLabel(network) : ''
}

/**
 * What each source said, failures and their reasons included: nothing is hidden. A missing IPv6
 * route reads as the normal thing it is, its raw error kept in the row's tooltip.
 */
export function SourcesTable({
  sightings,
  caption,
  observation,
  attempts = [],
}: {
  sightings: readonly Sighting[]
  caption: string
  observation: Observation | null
  /** The online geolocation attempts for the exits: every provider asked, and what came of it. */
  attempts?: readonly GeoAttempt[]
}) {
  const t = useT()
  const lang = useLang()
  return (
    <table className="sources">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('status.source')}</th>
          <th scope="col">IP</th>
          <th scope="col">{t('status.country')}</th>
          <th scope="col">{t('status.network')}</th>
          <th scope="col">{t('status.ms')}</th>
        </tr>
      </thead>
      <tbody>
        {sightings.map((s) => {
          const calm = meansNoIpv6(s, observation)
          return (
            <tr key={s.source} className={s.failure && !calm ? 'failed' : undefined}>
              <th scope="row" title={`${s.source} · ${s.url}`}>
                {sourceLabel(t, s.source)}
              </th>
              {s.failure ? (
                <td colSpan={3} className={calm ? 'muted' : 'warn'} title={s.failure.detail}>
                  {calm ? t('failure.no-ipv6') : t(`failure.${s.failure.code}`)}
                  {calm ? null : <span className="muted"> {s.failure.detail}</span>}
                </td>
              ) : (
                <>
                  <td>
                    <code>{s.ip}</code>
                  </td>
                  <td>{s.rawCountry === null ? '—' : countryLabel(s.country, lang)}</td>
                  <td>{ownerOf(s, observation)}</td>
                </>
              )}
              <td>{s.elapsedMs}</td>
            </tr>
          )
        })}
        {attempts.map((a) => (
          <tr
            key={`${a.provider} ${a.ip}`}
            className={a.outcome === 'answered' ? undefined : 'failed'}
          >
            <th scope="row">{t('geo.provider', { provider: a.provider })}</th>
            <td>
              <code>{a.ip}</code>
            </td>
            <td
              colSpan={2}
              className={a.outcome === 'answered' ? undefined : 'warn'}
              title={a.detail}
            >
              {t(geoOutcomeKey(a.outcome))}
              {a.retryAt ? (
                <span className="muted"> {t('geo.retryAt', { time: a.retryAt })}</span>
              ) : null}
            </td>
            <td>—</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
