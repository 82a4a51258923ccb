import {
  capabilityNames,
  cardIssuers,
  fundingTypes,
  type CardIssuer,
  type Funding,
} from '../../../shared/profile/profile-fields'
import { binPattern } from '../../../shared/profile/profile-fields'
import { brandLabel } from '../../../shared/profile/brand-label'
import { CountryPicker } from '../components/CountryPicker'
import { TextField } from '../components/TextField'
import { useFocusTarget } from '../navigation'
import { useLang, useT } from '../use-t'
import { LookupNotice } from './LookupNotice'
import { useProfileForm } from './profile-store'
import { localeTag } from '../../../shared/i18n/locale-tag'

/** The card half of the form: BIN (never the full number), derived facts, declared capabilities. */
export function CardFields({ errorFor }: { errorFor: (path: string) => string | undefined }) {
  const t = useT()
  const lang = useLang()
  const draft = useProfileForm((s) => s.draft)
  const busy = useProfileForm((s) => s.busy)
  const capabilitiesRef = useFocusTarget<HTMLFieldSetElement>('field:capabilities')
  const { update, typeCardNumber, lookupBin } = useProfileForm.getState()
  if (!draft) return null
  const card = draft.card
  const setCard = (patch: Partial<typeof card>) =>
    update((d) => ({ ...d, card: { ...d.card, ...patch } }))
  return (
    <fieldset className="card-section">
      <legend>{t('profile.card')}</legend>
      <TextField
        label={t('profile.label')}
        value={draft.label}
        onChange={(label) => update((d) => ({ ...d, label }))}
        error={errorFor('label')}
        maxLength={40}
      />
      <TextField
        label={t('profile.bin')}
        value={card.bin}
        onChange={typeCardNumber}
        focusKey="field:card.bin"
        error={errorFor('card.bin')}
        hint={t('profile.binHint')}
        inputMode="numeric"
      />
      <div className="row">
        <TextField
          label={t('profile.last4')}
          value={card.last4}
          onChange={(v) => setCard({ last4: v.replace(/\D/g, '').slice(0, 4) })}
          error={errorFor('card.last4')}
          inputMode="numeric"
        />
        <p className="field">
          <span className="muted">{t('profile.brand')}</span>{' '}
          <strong>{card.brand ? brandLabel(card.brand) : '—'}</strong>
        </p>
        <button
          type="button"
          onClick={() => void lookupBin()}
          disabled={busy || !binPattern.test(card.bin)}
        >
          {t('profile.lookup')}
        </button>
      </div>
      <LookupNotice />
      <CountryPicker
        label={t('profile.issuingCountry')}
        value={card.issuingCountry}
        onChange={(issuingCountry) => setCard({ issuingCountry })}
        focusKey="field:card.issuingCountry"
      />
      <div className="row">
        <label className="field">
          {t('profile.funding')}
          <select
            value={card.funding}
            onChange={(e) => setCard({ funding: e.target.value as Funding })}
          >
            {fundingTypes.map((f) => (
              <option key={f} value={f}>
                {t(`funding.${f}`)}
              </option>
            ))}
          </select>
        </label>
        {/* A card service's virtual card is its own kind, whatever its BIN's funding type. */}
        <label className="field">
          {t('profile.issuedBy')}
          <select
            value={card.issuedBy}
            onChange={(e) => setCard({ issuedBy: e.target.value as CardIssuer })}
          >
            {cardIssuers.map((i) => (
              <option key={i} value={i}>
                {t(`issuedBy.${i}`)}
              </option>
            ))}
          </select>
        </label>
        {/* Month and year stay side by side when the row wraps on a narrow window. */}
        <div className="expiry-pair">
          <TextField
            label={`${t('profile.expiry')} MM`}
            value={card.expiryMonth}
            onChange={(v) => setCard({ expiryMonth: v.replace(/\D/g, '').slice(0, 2) })}
            focusKey="field:card.expiryMonth"
            error={errorFor('card.expiryMonth')}
            inputMode="numeric"
          />
          <TextField
            label="YYYY"
            value={card.expiryYear}
            onChange={(v) => setCard({ expiryYear: v.replace(/\D/g, '').slice(0, 4) })}
            error={errorFor('card.expiryYear')}
            inputMode="numeric"
          />
        </div>
      </div>
      {card.bank ? <p className="muted">{card.bank}</p> : null}
      <fieldset ref={capabilitiesRef} tabIndex={-1} className="capabilities" lang={localeTag(lang)}>
        <legend>{t('profile.capabilities')}</legend>
        {capabilityNames.map((name) => (
          <label key={name} className="check">
            <input
              type="checkbox"
              checked={draft.capabilities[name] === true}
              onChange={(e) =>
                update((d) => ({
                  ...d,
                  capabilities: { ...d.capabilities, [name]: e.target.checked },
                }))
              }
            />
            {t(`capability.${name}`)}
          </label>
        ))}
      </fieldset>
    </fieldset>
  )
}
