import { useAppStore } from '../store/app-store'
import { useT } from '../use-t'
import { paymentActions } from './payment-actions'

const HOUR = 3_600_000

function Choice(props: {
  readonly label: string
  readonly value: number
  readonly options: readonly number[]
  readonly onChange: (value: number) => void
}) {
  return (
    <label className="field">
      <span>{props.label}</span>
      <select value={props.value} onChange={(e) => props.onChange(Number(e.target.value))}>
        {props.options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    </label>
  )
}

/** The session's cadence and length, and the cool-down's numbers (the guide's are the defaults). */
export function PaymentSettings() {
  const t = useT()
  const config = useAppStore((s) => s.app?.session.config)
  const policy = useAppStore((s) => s.app?.declines.policy)
  if (!config || !policy) return null
  return (
    <details className="payment-settings">
      <summary>{t('tab.settings')}</summary>
      <div className="row">
        <Choice
          label={t('session.settings.interval')}
          value={config.intervalMs / 1000}
          options={[5, 10, 15, 20, 30]}
          onChange={(s) => void paymentActions.updateSessionConfig({ intervalMs: s * 1000 })}
        />
        <Choice
          label={t('session.settings.max')}
          value={config.maxMs / 60_000}
          options={[10, 20, 30, 45, 60]}
          onChange={(m) => void paymentActions.updateSessionConfig({ maxMs: m * 60_000 })}
        />
      </div>
      <div className="row">
        <Choice
          label={t('declines.policy.threshold')}
          value={policy.threshold}
          options={[2, 3, 4, 5]}
          onChange={(threshold) =>
            void paymentActions.updateCooldownPolicy({ ...policy, threshold })
          }
        />
        <Choice
          label={t('declines.policy.window')}
          value={policy.windowMs / HOUR}
          options={[6, 12, 24, 48]}
          onChange={(h) =>
            void paymentActions.updateCooldownPolicy({ ...policy, windowMs: h * HOUR })
          }
        />
        <Choice
          label={t('declines.policy.wait')}
          value={policy.waitMs / HOUR}
          options={[6, 12, 24, 48]}
          onChange={(h) =>
            void paymentActions.updateCooldownPolicy({ ...policy, waitMs: h * HOUR })
          }
        />
      </div>
    </details>
  )
}
