import { useEffect, useEffectEvent } from 'react'
import { create } from 'zustand'
import type { ChecklistStep } from '../../../shared/checklist/step-ids'

/** A request to show one checklist step; `seq` grows so the same step can be asked for twice. */
export interface StepRequest {
  readonly step: ChecklistStep
  readonly seq: number
}

interface StepNavigation {
  readonly request: StepRequest | null
  /** The last request the checklist has scrolled to, so a later visit does not jump again. */
  readonly shown: number
  /** Opens the checklist at `step`: from a look-up answer, a guide section or a finding's fix. */
  readonly openStep: (step: ChecklistStep) => void
  readonly markShown: (seq: number) => void
  readonly reset: () => void
}

/** Window-local navigation to a checklist step (no main round trip: it is a view concern). */
export const useStepNavigation = create<StepNavigation>()((set, get) => ({
  request: null,
  shown: 0,
  openStep: (step) => set({ request: { step, seq: (get().request?.seq ?? 0) + 1 } }),
  markShown: (seq) => set({ shown: seq }),
  reset: () => set({ request: null, shown: 0 }),
}))

/** For the tab bar: calls `show` (switch to the checklist tab) each time a step is asked for. */
export function useShowChecklistOnRequest(show: () => void): void {
  const seq = useStepNavigation((s) => s.request?.seq ?? 0)
  const onRequest = useEffectEvent(show)
  useEffect(() => {
    if (seq > 0) onRequest()
  }, [seq])
}

/** The request the checklist still has to scroll to, or null. */
export function usePendingStep(): StepRequest | null {
  return useStepNavigation((s) => (s.request && s.request.seq > s.shown ? s.request : null))
}
