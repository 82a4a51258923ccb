import { useState } from 'react'
import { useAppStore } from '../store/app-store'
import { useLang, useT } from '../use-t'
import { useLogDecline } from './use-log-decline'
import { localeTag } from '../../../shared/i18n/locale-tag'

/** Logging a decline by hand, and the latest ones (message, time, whether it counted, BIN). */
export function DeclineLog() {
  const t = useT()
  const lang = useLang()
  const recent = useAppStore((s) => s.app?.declines.recent ?? [])
  const [message, setMessage] = useState('')
  const { answer, submit: log } = useLogDecline()
  const submit = async () => {
    if (await log(message)) setMessage('')
  }
  return (
    <section className="declines" aria-label={t('declines.title')}>
      <h3>{t('declines.title')}</h3>
      <label className="field">
        <span>{t('declines.label')}</span>
        <input value={message} maxLength={500} onChange={(e) => setMessage(e.target.value)} />
      </label>
      <button type="button" disabled={message.trim() === ''} onClick={() => void submit()}>
        {t('declines.log')}
      </button>
      {answer ? <p role="status">{answer}</p> : null}
      {recent.length === 0 ? (
        <p className="muted">{t('declines.empty')}</p>
      ) : (
        <table aria-label={t('declines.title')}>
          <thead>
            <tr>
              <th>{t('declines.col.time')}</th>
              <th>{t('declines.col.message')}</th>
              <th>{t('declines.col.counts')}</th>
              <th>{t('declines.col.card')}</th>
            </tr>
          </thead>
          <tbody>
            {recent.map((d) => (
              <tr key={d.id}>
                <td>{new Date(d.at).toLocaleString(localeTag(lang))}</td>
                <td className="decline-message">{d.message}</td>
                <td>{t(d.counts ? 'declines.yes' : 'declines.no')}</td>
                <td>{d.card?.bin ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
