import { countryLabel, type CountryCode } from '../../../shared/country'
import { exitRoutes } from '../../../shared/monitor/observation'
import { useAppStore } from '../store/app-store'
import { useLang, useT } from '../use-t'

/** Card country | billing country | network countries, each marked against the billing country. */
export function ComparisonTable() {
  const t = useT()
  const lang = useLang()
  const app = useAppStore((s) => s.app)
  const profile = app?.profiles.book.profiles.find((p) => p.id === app.profiles.book.activeId)
  if (!app || !profile) return null
  const billing = profile.billing.country
  const mark = (country: CountryCode | null) =>
    country === null
      ? { sign: '?', label: t('compare.unknown') }
      : country === billing
        ? { sign: '✓', label: t('compare.matches') }
        : { sign: '✗', label: t('compare.differs') }
  const rows: { name: string; country: CountryCode | null; compare: boolean }[] = [
    { name: t('compare.card'), country: profile.card.issuingCountry, compare: true },
    { name: t('compare.billing'), country: billing, compare: false },
    ...exitRoutes.flatMap((route) => {
      const exit = app.monitor.observation?.exits[route]
      return exit
        ? [
            {
              name: `${t('compare.network')} · ${t(`route.short.${route}`)}`,
              country: exit.country,
              compare: true,
            },
          ]
        : []
    }),
  ]
  return (
    <table className="compare">
      <caption>{t('compare.title')}</caption>
      <tbody>
        {rows.map((row) => {
          const m = row.compare ? mark(row.country) : null
          return (
            <tr key={row.name} className={m?.sign === '✗' ? 'bad' : undefined}>
              <th scope="row">{row.name}</th>
              <td>{countryLabel(row.country, lang)}</td>
              <td>{m ? <span aria-label={m.label}>{m.sign}</span> : null}</td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}
