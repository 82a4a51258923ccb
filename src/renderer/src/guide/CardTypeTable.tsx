import { Fragment } from 'react'
import { assertNever } from '../../../shared/util/assert-never'
import {
  cardTypeColumns,
  cardTypeRows,
  supportLabelKey,
  type CardTypeRow,
  type Support,
} from '../../../shared/guide/card-types'
import { guideText } from '../../../shared/i18n/guide-text'
import { useLang } from '../use-t'

const tone: Readonly<Record<Support, string>> = {
  yes: 'support-yes',
  usually: 'support-yes',
  varies: 'support-varies',
  rarely: 'support-no',
  no: 'support-no',
}

type ColumnId = (typeof cardTypeColumns)[number]['id']

/** §2 as a table: whether OpenAI accepts each kind of card and what usually goes wrong with it. */
export function CardTypeTable({ caption }: { caption: string }) {
  const lang = useLang()
  // Each cell carries its column's name, shown beside it when a narrow window stacks the rows.
  const labels = new Map(cardTypeColumns.map((c) => [c.id, guideText(lang, c.labelKey)]))
  const label = (column: ColumnId) => labels.get(column)
  const support = (value: Support, column: ColumnId) => (
    <td className={tone[value]} data-label={label(column)}>
      {guideText(lang, supportLabelKey[value])}
    </td>
  )
  const cell = (row: CardTypeRow, column: ColumnId) => {
    switch (column) {
      case 'type':
        return <th scope="row">{guideText(lang, row.labelKey)}</th>
      case 'accepted':
      case 'intlOnline':
      case 'usd':
      case 'recurring':
        return support(row[column], column)
      case 'issues':
        return <td data-label={label(column)}>{guideText(lang, row.issuesKey)}</td>
      default:
        return assertNever(column)
    }
  }
  return (
    <table className="card-types">
      <caption>{caption}</caption>
      <thead>
        <tr>
          {cardTypeColumns.map((column) => (
            <th key={column.id} scope="col">
              {guideText(lang, column.labelKey)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {cardTypeRows.map((row) => (
          <tr key={row.kind}>
            {cardTypeColumns.map((column) => (
              <Fragment key={column.id}>{cell(row, column.id)}</Fragment>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
