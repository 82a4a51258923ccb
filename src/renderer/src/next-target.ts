import { assertNever } from '../../shared/util/assert-never'
import type { NextTarget } from '../../shared/view/next-step'
import { useNavigation } from './navigation'
import { useAppStore } from './store/app-store'

/**
 * Carries out a next step's button: a profile field opens the profile tab and focuses the field,
 * a checklist step opens the checklist at that step, a new check asks main for one.
 */
export function followTarget(target: NextTarget): void {
  const { go } = useNavigation.getState()
  switch (target.kind) {
    case 'field':
      return go('profile', `field:${target.field}`)
    case 'step':
      return go('checklist', `step:${target.step}`)
    case 'check-now':
      return void useAppStore.getState().checkNow()
    default:
      return assertNever(target)
  }
}
