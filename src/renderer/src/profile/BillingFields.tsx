import { checkPostalCode } from '../../../shared/address/postal'
import { findRegion, regionsOf } from '../../../shared/address/regions'
import { CountryPicker } from '../components/CountryPicker'
import { TextField } from '../components/TextField'
import { useFocusTarget } from '../navigation'
import { useLang, useT } from '../use-t'
import { useProfileForm } from './profile-store'

/** The billing address half of the form, with live format and ZIP-to-state checks. */
export function BillingFields({ errorFor }: { errorFor: (path: string) => string | undefined }) {
  const t = useT()
  const lang = useLang()
  const draft = useProfileForm((s) => s.draft)
  const stateRef = useFocusTarget<HTMLSelectElement>('field:billing.state')
  const { update } = useProfileForm.getState()
  if (!draft) return null
  const billing = draft.billing
  const set = (patch: Partial<typeof billing>) =>
    update((d) => ({ ...d, billing: { ...d.billing, ...patch } }))
  const regions = regionsOf(billing.country)
  const stateCode = findRegion(billing.country, billing.state)?.region.code ?? null
  const postal =
    billing.country && billing.postalCode
      ? checkPostalCode(billing.country, billing.postalCode, stateCode)
      : null
  const postalHint =
    postal?.kind === 'format'
      ? t('billing.postalFormat')
      : postal?.kind === 'region-mismatch'
        ? t('billing.postalRegion', { expected: postal.expected.join('/') })
        : undefined
  return (
    <fieldset className="billing-section">
      <legend>{t('profile.billing')}</legend>
      <p className="muted">{t('billing.hint')}</p>
      <CountryPicker
        label={t('billing.country')}
        value={billing.country}
        focusKey="field:billing.country"
        onChange={(country) => set({ country, state: '' })}
      />
      {regions ? (
        <label className="field">
          {t('billing.state')}
          <select
            ref={stateRef}
            value={stateCode ?? ''}
            onChange={(e) => set({ state: e.target.value })}
          >
            <option value="">{t('billing.statePick')}</option>
            {regions.map((r) => (
              <option key={r.code} value={r.code}>
                {r.code} — {r[lang]}
              </option>
            ))}
          </select>
        </label>
      ) : (
        <TextField
          label={t('billing.state')}
          value={billing.state}
          onChange={(state) => set({ state })}
          focusKey="field:billing.state"
          error={errorFor('billing.state')}
          checkText
          maxLength={60}
        />
      )}
      <TextField
        label={t('billing.postalCode')}
        value={billing.postalCode}
        onChange={(postalCode) => set({ postalCode })}
        focusKey="field:billing.postalCode"
        error={errorFor('billing.postalCode')}
        warning={postalHint}
        checkText
        maxLength={20}
      />
      <TextField
        label={t('billing.city')}
        value={billing.city}
        onChange={(city) => set({ city })}
        focusKey="field:billing.city"
        error={errorFor('billing.city')}
        checkText
        maxLength={80}
      />
      <TextField
        label={t('billing.line1')}
        value={billing.line1}
        onChange={(line1) => set({ line1 })}
        focusKey="field:billing.line1"
        error={errorFor('billing.line1')}
        checkText
        maxLength={120}
      />
      <TextField
        label={t('billing.line2')}
        value={billing.line2}
        onChange={(line2) => set({ line2 })}
        focusKey="field:billing.line2"
        error={errorFor('billing.line2')}
        checkText
        maxLength={120}
      />
    </fieldset>
  )
}
