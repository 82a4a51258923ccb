import { useShallow } from 'zustand/react/shallow'
import { assertNever } from '../../../shared/util/assert-never'
import {
  comparisonRows,
  type ComparisonMark,
  type ComparisonRow,
} from '../../../shared/view/comparison'
import { countryLabel } from '../../../shared/i18n/country-text'
import { networkLabel } from '../../../shared/verdict/network-owner-rules'
import { useAppStore } from '../store/app-store'
import { useLang, useT } from '../use-t'

const signs: Record<ComparisonMark, string> = { matches: '✓', differs: '✗', unknown: '?' }

/**
 * Card country | billing country | network countries, each marked against the billing country
 * (the billing row is labelled as that reference, so its empty mark reads as meant).
 * Network rows from evidence that is no longer current carry no mark: an old ✓ is not a ✓.
 */
export function ComparisonTable({ current = true }: { current?: boolean }) {
  const t = useT()
  const lang = useLang()
  const { book, observation } = useAppStore(
    useShallow((s) => ({ book: s.app?.profiles.book, observation: s.app?.monitor.observation })),
  )
  const rows = book ? comparisonRows(book, observation ?? null) : null
  if (!rows) return null
  // "AS13335 Cloudflare": who runs an exit's network, where the data knows.
  const ownerOf = (row: ComparisonRow): string => {
    const network = row.kind === 'network' ? observation?.exits[row.route]?.network : undefined
    return network && network.asn !== null ? networkLabel(network) : ''
  }
  const nameOf = (row: ComparisonRow): string => {
    switch (row.kind) {
      case 'card':
        return t('compare.card')
      case 'billing':
        return t('compare.billing')
      case 'network':
        return `${t('compare.network')} · ${t(`route.short.${row.route}`)}`
      default:
        return assertNever(row)
    }
  }
  return (
    <table className="compare">
      <caption>{t('compare.title')}</caption>
      <tbody>
        {rows.map((row) => {
          const old = row.kind === 'network' && !current
          const mark = row.kind === 'billing' || old ? null : row.mark
          return (
            <tr
              key={row.kind === 'network' ? row.route : row.kind}
              className={old ? 'stale' : mark === 'differs' ? 'bad' : undefined}
            >
              <th scope="row">
                {nameOf(row)}
                {row.kind === 'billing' ? (
                  <span className="muted">{t('compare.reference')}</span>
                ) : null}
              </th>
              <td>
                {countryLabel(row.country, lang)}
                {ownerOf(row) ? <span className="muted"> · {ownerOf(row)}</span> : null}
              </td>
              <td>
                {mark ? <span aria-label={t(`compare.${mark}`)}>{signs[mark]}</span> : null}
                {old ? <span className="muted">{t('compare.notCurrent')}</span> : null}
              </td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}
