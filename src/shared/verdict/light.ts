/** The traffic light. Grey means "unknown": never a guess, never the previous colour. */
export type Light = 'green' | 'yellow' | 'red' | 'grey'
