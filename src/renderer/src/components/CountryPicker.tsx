import { useId, useState } from 'react'
import { allCountryCodes, countryName, type CountryCode } from '../../../shared/geo/country'
import { useFocusTarget } from '../navigation'
import { useLang, useT } from '../use-t'
import { localeTag, otherLang } from '../../../shared/i18n/locale-tag'

/** A country select with a search box: names in both languages and the code all match. */
export function CountryPicker({
  label,
  value,
  onChange,
  focusKey,
}: {
  label: string
  value: string
  onChange: (code: string) => void
  /** The field a next step may lead to (`field:card.issuingCountry`). */
  focusKey?: string
}) {
  const t = useT()
  const lang = useLang()
  const id = useId()
  const ref = useFocusTarget<HTMLSelectElement>(focusKey ?? '')
  const [query, setQuery] = useState('')
  const q = query.trim().toLowerCase()
  const options = allCountryCodes()
    .map((code) => ({
      code,
      name: countryName(code, lang),
      other: countryName(code, otherLang(lang)),
    }))
    .filter(
      (o) =>
        !q ||
        o.code.toLowerCase() === q ||
        o.name.toLowerCase().includes(q) ||
        o.other.toLowerCase().includes(q) ||
        o.code === value,
    )
    .sort((a, b) => a.name.localeCompare(b.name, localeTag(lang)))
  return (
    <div className="field country-picker">
      <label htmlFor={id}>{label}</label>
      <input
        type="search"
        aria-label={`${label} — ${t('country.search')}`}
        placeholder={t('country.search')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <select id={id} ref={ref} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('country.none')}</option>
        {options.map((o) => (
          <option key={o.code} value={o.code}>
            {o.name} {o.code}
          </option>
        ))}
      </select>
      {value ? (
        <span className="muted">{countryName(value as CountryCode, otherLang(lang))}</span>
      ) : null}
    </div>
  )
}
