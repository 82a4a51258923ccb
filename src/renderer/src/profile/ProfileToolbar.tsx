import { assertNever } from '../../../shared/util/assert-never'
import type { Lang } from '../../../shared/geo/country'
import { useAppStore } from '../store/app-store'
import { useLang, useT } from '../use-t'
import type { TransferNotice } from './profile-book-actions'
import { useProfileForm } from './profile-store'

type T = ReturnType<typeof useT>

/** The sentence for an export's or import's outcome, failures with their reasons. */
function transferText(notice: NonNullable<TransferNotice>, t: T, lang: Lang): string {
  switch (notice.kind) {
    case 'exported':
      return t('profile.exported', { file: notice.file })
    case 'export-failed':
      return notice.detail
    case 'imported':
      return `${t('profile.imported', { n: notice.n })}${notice.shortened > 0 ? ` ${t('profile.imported.shortened', { n: notice.shortened })}` : ''}`
    case 'import-failed': {
      const reasons = notice.errors
        .map((e) => `${e.path ? `${e.path}: ` : ''}${e.message[lang]}`)
        .join('；')
      const why = reasons || notice.detail
      return `${t('profile.importFailed')}${why ? ` — ${why}` : ''}`
    }
    default:
      return assertNever(notice)
  }
}

/** Switch, add and delete profiles; export and import them as JSON. */
export function ProfileToolbar() {
  const t = useT()
  const lang = useLang()
  const book = useAppStore((s) => s.app?.profiles.book)
  const transfer = useProfileForm((s) => s.transfer)
  if (!book) return null
  const { activate, remove, exportAll, importAll, newDraft } = useProfileForm.getState()
  const active = book.activeId
  return (
    <div className="toolbar">
      {book.profiles.length > 0 ? (
        <label>
          {t('profile.active')}{' '}
          <select value={active ?? ''} onChange={(e) => void activate(e.target.value)}>
            {book.profiles.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label || p.id} · {p.card.bin}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <button type="button" onClick={() => newDraft(book)}>
        {t('profile.new')}
      </button>
      {active ? (
        <button type="button" onClick={() => void remove(active)}>
          {t('profile.delete')}
        </button>
      ) : null}
      <button type="button" onClick={() => void exportAll()} disabled={book.profiles.length === 0}>
        {t('profile.export')}
      </button>
      <button type="button" onClick={() => void importAll()}>
        {t('profile.import')}
      </button>
      {transfer ? (
        <p className="notice" role="status">
          {transferText(transfer, t, lang)}
        </p>
      ) : null}
    </div>
  )
}
