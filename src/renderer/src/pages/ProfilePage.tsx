import { useEffect } from 'react'
import { useAppStore } from '../store/app-store'
import { useLang, useT } from '../use-t'
import { BillingFields } from '../profile/BillingFields'
import { CardFields } from '../profile/CardFields'
import { ProfileToolbar } from '../profile/ProfileToolbar'
import { hasUnsavedChanges } from '../profile/draft'
import { useProfileForm } from '../profile/profile-store'

/**
 * The card profile form: BIN and derived facts, billing address, save, and the profile toolbar.
 * While the saved profile is still being unlocked there is no form to fill in yet, only the wait.
 */
export function ProfilePage() {
  const t = useT()
  const lang = useLang()
  const book = useAppStore((s) => s.app?.profiles.book)
  const loading = useAppStore((s) => s.app?.profiles.loading ?? false)
  const draft = useProfileForm((s) => s.draft)
  const errors = useProfileForm((s) => s.errors)
  const notice = useProfileForm((s) => s.notice)
  const busy = useProfileForm((s) => s.busy)
  useEffect(() => {
    if (book && !loading && !useProfileForm.getState().draft) useProfileForm.getState().load(book)
  }, [book, loading])
  if (loading)
    return (
      <main className="profile">
        <p className="muted" role="status">
          {t('finding.profile-unlocking')}
        </p>
      </main>
    )
  if (!draft) return null
  const unsaved = hasUnsavedChanges(draft, book?.profiles ?? [])
  const errorFor = (path: string) => {
    const found = errors.filter((e) => e.path === path)
    return found.length > 0 ? found.map((e) => e.message[lang]).join('；') : undefined
  }
  const general = errors.filter(
    (e) =>
      ![
        'label',
        'card.bin',
        'card.last4',
        'card.expiryMonth',
        'card.expiryYear',
        'billing.state',
        'billing.postalCode',
        'billing.city',
        'billing.line1',
        'billing.line2',
      ].includes(e.path),
  )
  return (
    <main className="profile">
      <ProfileToolbar />
      <form
        onSubmit={(e) => {
          e.preventDefault()
          void useProfileForm.getState().save()
        }}
      >
        <div className="form-columns">
          <CardFields errorFor={errorFor} />
          <BillingFields errorFor={errorFor} />
        </div>
        {general.length > 0 ? (
          <div className="error" role="alert">
            {t('profile.errors')}
            <ul>
              {general.map((e) => (
                <li key={`${e.path}-${e.code}`}>{e.message[lang]}</li>
              ))}
            </ul>
          </div>
        ) : null}
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {t('profile.save')}
          </button>
          {unsaved ? (
            <span className="unsaved">{t('profile.unsaved')}</span>
          ) : notice?.kind === 'saved' ? (
            <span className="notice" role="status">
              {t('profile.saved')}
            </span>
          ) : null}
        </div>
      </form>
    </main>
  )
}
