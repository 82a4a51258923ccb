import { useState } from 'react'
import { stepStatuses, type StepStatus } from '../../../shared/checklist/step-status'
import { networkStepEvidence } from '../../../shared/checklist/network-evidence'
import { checklist } from '../../../shared/checklist/steps'
import { FocusMark } from '../components/FocusMark'
import { useAppStore } from '../store/app-store'
import { useLang, useT } from '../use-t'

const marks: Record<StepStatus, string> = {
  pass: '✓',
  warn: '!',
  fail: '✗',
  unknown: '?',
  manual: '○',
}

/** The troubleshooting flow as a checklist: live results where PayLight can check, ticks elsewhere. */
export function ChecklistPage() {
  const t = useT()
  const lang = useLang()
  const verdict = useAppStore((s) => s.app?.verdict)
  const observation = useAppStore((s) => s.app?.monitor.observation ?? null)
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set())
  if (!verdict) return null
  const statuses = stepStatuses(verdict)
  return (
    <main className="checklist">
      <p className="muted">{t('checklist.intro')}</p>
      <ol>
        {checklist.map((step) => {
          const status = statuses[step.id]
          const findings = verdict.findings.filter(
            (f) => f.step === step.id && f.severity !== 'info',
          )
          return (
            <li key={step.id} className={`step step-${status}`} aria-label={t(step.title)}>
              <FocusMark target={`step:${step.id}`} />
              <h3>
                {status === 'manual' ? (
                  <input
                    type="checkbox"
                    aria-label={t(step.title)}
                    checked={ticked.has(step.id)}
                    onChange={(e) =>
                      setTicked((prev) =>
                        e.target.checked
                          ? new Set(prev).add(step.id)
                          : new Set([...prev].filter((id) => id !== step.id)),
                      )
                    }
                  />
                ) : (
                  <span className="mark" role="img" aria-label={t(`checklist.${status}`)}>
                    {marks[status]}
                  </span>
                )}{' '}
                {t(step.title)} <span className="muted">· {t(`checklist.${status}`)}</span>
              </h3>
              <ul>
                {step.points.map((point) => (
                  <li key={point}>{t(point)}</li>
                ))}
              </ul>
              {step.id === 'network-exit'
                ? networkStepEvidence(observation, lang).map((line) => (
                    <p key={line} className="evidence muted">
                      {line}
                    </p>
                  ))
                : null}
              {findings.map((f) => (
                <p key={f.id} className={`finding finding-${f.severity}`}>
                  {f.message[lang]}
                </p>
              ))}
            </li>
          )
        })}
      </ol>
    </main>
  )
}
