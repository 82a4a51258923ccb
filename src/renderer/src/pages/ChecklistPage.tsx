import { useShallow } from 'zustand/react/shallow'
import { stepOfFinding } from '../../../shared/checklist/finding-steps'
import { stepAnchor, stepNumber } from '../../../shared/checklist/numbering'
import { stepEvidence } from '../../../shared/checklist/step-evidence'
import { stepStatuses, type StepStatus } from '../../../shared/checklist/step-status'
import { checklist } from '../../../shared/checklist/steps'
import { AttemptBar, StepTick, TickTime } from '../checklist/AttemptControls'
import { FocusMark } from '../components/FocusMark'
import { CooldownPanel } from '../session/CooldownPanel'
import { useAppStore } from '../store/app-store'
import { useLang, useT } from '../use-t'
import './checklist.css'

const marks: Record<StepStatus, string> = {
  pass: '✓',
  warn: '!',
  fail: '✗',
  wait: '⧗',
  unknown: '?',
  manual: '○',
}

/** The troubleshooting flow as a checklist: live results where PayLight can check, ticks elsewhere. */
export function ChecklistPage() {
  const t = useT()
  const lang = useLang()
  const { verdict, observation, book } = useAppStore(
    useShallow((s) => ({
      verdict: s.app?.verdict,
      observation: s.app?.monitor.observation ?? null,
      book: s.app?.profiles.book ?? null,
    })),
  )
  if (!verdict) return null
  const statuses = stepStatuses(verdict)
  return (
    <main className="checklist">
      <p className="muted">{t('checklist.intro')}</p>
      <AttemptBar />
      <ol>
        {checklist.map((step) => {
          const status = statuses[step.id]
          const findings = verdict.findings.filter((f) => stepOfFinding(f.id) === step.id)
          const evidence = stepEvidence(step.id, { verdict, observation, book }, lang)
          return (
            <li
              key={step.id}
              id={stepAnchor(step.id)}
              tabIndex={-1}
              className={`step step-${status}`}
              aria-label={t(step.title)}
            >
              <FocusMark target={`step:${step.id}`} />
              <h3>
                <span className="step-number">
                  {t('checklist.number', { n: stepNumber(step.id) })}
                </span>
                {status === 'manual' ? (
                  <StepTick step={step.id} label={t(step.title)} />
                ) : (
                  <span className="mark" role="img" aria-label={t(`checklist.${status}`)}>
                    {marks[status]}
                  </span>
                )}{' '}
                {t(step.title)} <span className="muted">· {t(`checklist.${status}`)}</span>
                {status === 'manual' ? <TickTime step={step.id} /> : null}
              </h3>
              <ul>
                {step.points.map((point) => (
                  <li key={point}>{t(point)}</li>
                ))}
              </ul>
              {evidence.length > 0 ? (
                <ul className="evidence muted" aria-label={t('checklist.evidence')}>
                  {evidence.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              ) : null}
              {findings.map((f) => (
                <p key={f.id} className={`finding finding-${f.severity}`}>
                  {f.message[lang]}
                </p>
              ))}
              {step.id === 'wait-risk' ? <CooldownPanel /> : null}
            </li>
          )
        })}
      </ol>
    </main>
  )
}
