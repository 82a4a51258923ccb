import { useId } from 'react'
import { textProblems } from '../../../shared/address/text-checks'
import { useFocusTarget } from '../navigation'
import { useT } from '../use-t'

/** A labelled text input that points out typing problems the issuer's address check may trip on. */
export function TextField(props: {
  label: string
  value: string
  onChange: (value: string) => void
  error?: string | undefined
  /** Neutral help under the field. */
  hint?: string | undefined
  /** A problem worth fixing that does not block saving. */
  warning?: string | undefined
  checkText?: boolean
  inputMode?: 'numeric' | 'text'
  maxLength?: number
  /** The field a next step may lead to (`field:billing.postalCode`). */
  focusKey?: string
}) {
  const t = useT()
  const id = useId()
  const ref = useFocusTarget<HTMLInputElement>(props.focusKey ?? '')
  const problems = props.checkText ? textProblems(props.value) : []
  const warning = [...problems.map((p) => t(`hint.${p}`)), props.warning].filter(Boolean).join('；')
  const note = props.error ?? (warning || props.hint)
  const noteClass = props.error ? 'error' : warning ? 'warn' : 'muted'
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        ref={ref}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        autoComplete="off"
        spellCheck={false}
        inputMode={props.inputMode}
        maxLength={props.maxLength}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={note ? `${id}-note` : undefined}
      />
      {note ? (
        <span
          id={`${id}-note`}
          className={`note ${noteClass}`}
          role={props.error ? 'alert' : undefined}
        >
          {note}
        </span>
      ) : null}
    </div>
  )
}
