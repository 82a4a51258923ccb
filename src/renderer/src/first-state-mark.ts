import { useEffect } from 'react'

/** The performance mark the window sets once the first AppState is on screen; the bench reads it. */
export const FIRST_STATE_MARK = 'paylight:first-state'

/**
 * Marks the moment the first state was painted, once per page load, so "time to usable" is measured
 * in the real app and not guessed from outside. Passive effects run after the browser has painted
 * the commit that showed the state.
 */
export function useFirstStateMark(hasState: boolean): void {
  useEffect(() => {
    if (hasState && performance.getEntriesByName(FIRST_STATE_MARK).length === 0)
      performance.mark(FIRST_STATE_MARK)
  }, [hasState])
}
