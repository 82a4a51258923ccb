/**
 * Performance marks a window load sets on its way to the first painted state (see
 * first-state-mark.ts), so the bench can say where a cold load's time went. Kept apart from React
 * code: the entry sets the first one before React is loaded.
 */
export const LOAD_MARKS = {
  /** The entry script is running (the preload asked main for the state before it). */
  scriptStart: 'paylight:script-start',
  /** The app's code is loaded and the store holds main's first state (or the wait timed out). */
  stateArrived: 'paylight:state-arrived',
} as const
