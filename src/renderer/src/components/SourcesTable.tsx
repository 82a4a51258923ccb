import { countryLabel } from '../../../shared/country'
import type { Sighting } from '../../../shared/monitor/observation'
import { useLang, useT } from '../use-t'

/** What each source said, failures and their reasons included: nothing is hidden. */
export function SourcesTable({
  sightings,
  caption,
}: {
  sightings: readonly Sighting[]
  caption: string
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
          <th scope="col">ms</th>
        </tr>
      </thead>
      <tbody>
        {sightings.map((s) => (
          <tr key={s.source} className={s.failure ? 'failed' : undefined}>
            <th scope="row" title={s.url}>
              {s.source}
            </th>
            {s.failure ? (
              <td colSpan={2} className="warn">
                {t(`failure.${s.failure.code}`)} <span className="muted">{s.failure.detail}</span>
              </td>
            ) : (
              <>
                <td>
                  <code>{s.ip}</code>
                </td>
                <td>{s.rawCountry === null ? '—' : countryLabel(s.country, lang)}</td>
              </>
            )}
            <td>{s.elapsedMs}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
