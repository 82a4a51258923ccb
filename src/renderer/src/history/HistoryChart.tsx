import type { ChartSeries } from '../../../shared/history/chart-series'
import { useLang, useT } from '../use-t'
import { chart, countryFills, lightFill, ticks, xOf } from './chart-geometry'
import { localeTag } from '../../../shared/i18n/locale-tag'

/**
 * The timeline as a hand-drawn SVG: the merchant route's country and the light as bands, then
 * exit changes, sessions, declines and failed checks as marks, over a time axis. The series comes
 * computed (and bucketed) from main, so ten thousand events draw as a few hundred shapes.
 */
export function HistoryChart(props: { readonly series: ChartSeries }) {
  const { series } = props
  const t = useT()
  const lang = useLang()
  const x = (at: number) => xOf(at, series.from, series.to)
  const h = chart.rowHeight
  const { rows } = chart
  const label = (at: number) =>
    new Date(at).toLocaleString(
      localeTag(lang),
      series.to - series.from > 26 * 3_600_000
        ? { month: 'numeric', day: 'numeric' }
        : { hour: '2-digit', minute: '2-digit' },
    )
  const maxCount = Math.max(1, ...series.exitChanges.map((b) => b.count))
  const fills = countryFills(series.country.map((s) => s.value))
  return (
    <svg
      className="history-chart"
      viewBox={`0 0 ${chart.width} ${chart.height}`}
      role="img"
      aria-label={t('history.chart')}
    >
      <title>{t('history.chart')}</title>
      <text x={4} y={rows.country + 17} className="chart-label">
        {t('history.row.country')}
      </text>
      <text x={4} y={rows.light + 17} className="chart-label">
        {t('history.row.light')}
      </text>
      <text x={4} y={rows.events + 17} className="chart-label">
        {t('history.row.events')}
      </text>
      <g data-row="country">
        {series.country.map((s, i) => (
          <g key={`c${s.from}`}>
            <rect
              x={x(s.from)}
              y={rows.country}
              width={Math.max(1, x(s.to) - x(s.from))}
              height={h}
              fill={fills[i]}
            >
              <title>{s.value ?? '—'}</title>
            </rect>
            {s.value && x(s.to) - x(s.from) > 26 ? (
              <text
                x={x(s.from) + 4}
                y={rows.country + 17}
                fill="#fff"
                className="chart-band-label"
              >
                {s.value}
              </text>
            ) : null}
          </g>
        ))}
      </g>
      <g data-row="light">
        {series.light.map((s) => (
          <rect
            key={`l${s.from}`}
            x={x(s.from)}
            y={rows.light}
            width={Math.max(1, x(s.to) - x(s.from))}
            height={h}
            fill={lightFill[s.value]}
          >
            <title>{t(`session.light.${s.value}`)}</title>
          </rect>
        ))}
      </g>
      <g data-row="events">
        {series.sessions.map((s) => (
          <rect
            key={`s${s.from}`}
            x={x(s.from)}
            y={rows.events}
            width={Math.max(2, x(s.to) - x(s.from))}
            height={h}
            fill="#90caf9"
          >
            <title>{t(`session.outcome.${s.value}`)}</title>
          </rect>
        ))}
        {series.failures.map((s) => (
          <rect
            key={`f${s.from}`}
            x={x(s.from)}
            y={rows.events + h - 6}
            width={Math.max(2, x(s.to) - x(s.from))}
            height={6}
            fill="#757575"
          >
            <title>{t('history.event.checks-failed', { count: s.value })}</title>
          </rect>
        ))}
        {series.exitChanges.map((b) => (
          <line
            key={`e${b.at}`}
            x1={x(b.at)}
            x2={x(b.at)}
            y1={rows.events + h}
            y2={rows.events + h - 6 - (h - 8) * (b.count / maxCount)}
            stroke="#37474f"
            strokeWidth={2}
          >
            <title>{`${t('history.legend.exit')} × ${b.count}`}</title>
          </line>
        ))}
        {series.declines.map((b) => (
          <circle key={`d${b.at}`} cx={x(b.at)} cy={rows.events + 6} r={5} fill={lightFill.red}>
            <title>{`${t('history.legend.decline')} × ${b.count}`}</title>
          </circle>
        ))}
      </g>
      <g data-row="axis">
        <line
          x1={chart.left}
          x2={chart.width - chart.right}
          y1={chart.axis - 10}
          y2={chart.axis - 10}
          stroke="#bdbdbd"
        />
        {ticks(series.from, series.to).map((at) => (
          <text key={at} x={x(at)} y={chart.axis + 6} textAnchor="middle" className="chart-tick">
            {label(at)}
          </text>
        ))}
      </g>
    </svg>
  )
}
