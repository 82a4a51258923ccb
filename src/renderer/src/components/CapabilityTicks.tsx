import { capabilityNames } from '../../../shared/profile/profile-fields'
import type { Finding } from '../../../shared/verdict/types'
import { useT } from '../use-t'

const marks = { true: '✓', false: '☐', null: '–' } as const
const words = { true: 'tick.true', false: 'tick.false', null: 'tick.null' } as const

/** The capability finding's four declarations, each ticked or not, instead of four warnings. */
export function CapabilityTicks({ finding }: { finding: Finding }) {
  const t = useT()
  if (finding.id !== 'capabilities-unconfirmed') return null
  return (
    <ul className="ticks" aria-label={t('next.ticks')}>
      {capabilityNames.map((name) => {
        const value = finding.evidence[name]
        const state = value === true ? 'true' : value === false ? 'false' : 'null'
        return (
          <li key={name} className={`tick tick-${state}`}>
            <span role="img" aria-label={t(words[state])}>
              {marks[state]}
            </span>{' '}
            {t(`capability.${name}`)}
          </li>
        )
      })}
    </ul>
  )
}
