import { assertNever } from '../../../shared/util/assert-never'
import { focusFieldLabel, type NextTarget } from '../../../shared/view/next-step'
import { stepNumber } from '../../../shared/checklist/numbering'
import { followTarget } from '../next-target'
import { useT } from '../use-t'

/** The button that takes the user where a finding is fixed, named after that place. */
export function TargetButton({
  target,
  primary,
  plain,
}: {
  target: NextTarget
  primary?: boolean
  /** A plain button beside the primary one, not the inline link style of the findings list. */
  plain?: boolean
}) {
  const t = useT()
  const label = (() => {
    switch (target.kind) {
      case 'field':
        // Ticks are not filled in: "去勾选…", not "去填写：已向发卡行确认".
        return target.field === 'capabilities'
          ? t('next.tick')
          : t('next.field', { field: { message: focusFieldLabel[target.field] } })
      case 'step':
        return t('finding.fix', {
          n: stepNumber(target.step),
          step: { message: `step.${target.step}` },
        })
      case 'check-now':
        return t('next.check')
      default:
        return assertNever(target)
    }
  })()
  return (
    <button
      type="button"
      className={primary ? 'primary' : plain ? undefined : 'link-button'}
      onClick={() => followTarget(target)}
    >
      {label}
    </button>
  )
}
