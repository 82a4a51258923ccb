import { stepStatuses } from '../../../shared/checklist/step-status'
import type { ChecklistStep } from '../../../shared/checklist/step-ids'
import { mainFinding } from '../../../shared/verdict/light-of'
import type { Verdict } from '../../../shared/verdict/types'
import { StepButton } from '../guide/StepButton'
import { useLang, useT } from '../use-t'
import { paymentActions } from './payment-actions'

// The guide's three checks before paying (§9), each a step whose live result the app knows.
const selfCheck: readonly ChecklistStep[] = ['vpn-region', 'billing-address', 'card-status']

/**
 * The self-check before anything is pinned: a step that failed or is unknown says why and links to
 * its checklist step, and pinning on a light that is not green asks first (never a silent start).
 */
export function SessionPrecheck({ verdict }: { readonly verdict: Verdict }) {
  const t = useT()
  const lang = useLang()
  const statuses = stepStatuses(verdict)
  const blocked = (step: ChecklistStep) => statuses[step] === 'fail' || statuses[step] === 'unknown'
  const reasons = (step: ChecklistStep) =>
    verdict.findings.filter((f) => f.step === step && f.severity !== 'info')
  const notGreen = verdict.light !== 'green' || selfCheck.some(blocked)
  const begin = () => {
    if (!notGreen || window.confirm(t('session.begin.confirm'))) void paymentActions.beginSession()
  }
  return (
    <section className="session-precheck" aria-label={t('session.precheck.title')}>
      <h3>{t('session.precheck.title')}</h3>
      <ol>
        {selfCheck.map((step) => (
          <li key={step} className={`step step-${statuses[step]}`}>
            {t(`step.${step}`)} <span className="muted">· {t(`checklist.${statuses[step]}`)}</span>
            {blocked(step) ? (
              <div className="precheck-problem">
                {reasons(step).length > 0 ? (
                  <ul>
                    {reasons(step).map((f) => (
                      <li key={f.id}>{f.message[lang]}</li>
                    ))}
                  </ul>
                ) : null}
                <StepButton step={step} />
              </div>
            ) : null}
          </li>
        ))}
      </ol>
      <p className="muted">{t('checklist.pre-check.three')}</p>
      {notGreen ? (
        <p className="precheck-warning" role="status">
          {t('session.begin.notGreen', {
            reason:
              mainFinding(verdict.findings, verdict.light)?.headline[lang] ??
              t(`session.light.${verdict.light}`),
          })}
        </p>
      ) : null}
      <div className="actions">
        <button type="button" className={notGreen ? undefined : 'primary'} onClick={begin}>
          {t('session.begin')}
        </button>
        <button type="button" onClick={() => void paymentActions.endSession('gave-up')}>
          {t('session.cancel')}
        </button>
      </div>
    </section>
  )
}
