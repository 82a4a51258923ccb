import { useState } from 'react'
import { callMain, useAppStore } from '../store/app-store'
import { useLang, useT } from '../use-t'
import { useProfileForm } from './profile-store'

/** Switch, add and delete profiles; export and import them as JSON. */
export function ProfileToolbar() {
  const t = useT()
  const lang = useLang()
  const book = useAppStore((s) => s.app?.profiles.book)
  const [message, setMessage] = useState<string | null>(null)
  if (!book) return null
  const activate = async (id: string) => {
    const result = await callMain(() => window.paylight.setActiveProfile(id))
    if (result) useProfileForm.getState().load(result.book)
  }
  const remove = async (id: string) => {
    const result = await callMain(() => window.paylight.deleteProfile(id))
    if (result) useProfileForm.getState().load(result.book)
  }
  const exportAll = async () => {
    const result = await callMain(() => window.paylight.exportProfiles())
    if (!result) return
    setMessage(
      result.ok
        ? t('profile.exported', { file: result.file })
        : result.reason === 'cancelled'
          ? null
          : (result.detail ?? 'failed'),
    )
  }
  const importAll = async () => {
    const result = await callMain(() => window.paylight.importProfiles())
    if (!result) return
    if (result.ok) {
      useProfileForm.getState().load(result.book)
      setMessage(t('profile.imported', { n: result.imported }))
    } else if (result.reason !== 'cancelled') {
      const reasons = (result.errors ?? [])
        .map((e) => `${e.path ? `${e.path}: ` : ''}${e.message[lang]}`)
        .join('；')
      setMessage(
        `${t('profile.importFailed')}${reasons ? ` — ${reasons}` : result.detail ? ` — ${result.detail}` : ''}`,
      )
    }
  }
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
      <button type="button" onClick={() => useProfileForm.getState().newDraft(book)}>
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
      {message ? (
        <p className="notice" role="status">
          {message}
        </p>
      ) : null}
    </div>
  )
}
