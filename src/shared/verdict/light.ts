/**
 * The traffic light. Grey means "unknown": never a guess, never the previous colour. `wait` is the
 * cool-down after repeated declines: nothing to fix, only a time to wait for (drawn blue, an
 * hourglass), so it is neither a risk (yellow) nor a fault (red).
 */
export type Light = 'green' | 'yellow' | 'red' | 'grey' | 'wait'

/** Every light, in the order of how much it holds the user back: red first, green last. */
export const lights = ['red', 'wait', 'grey', 'yellow', 'green'] as const satisfies readonly Light[]
