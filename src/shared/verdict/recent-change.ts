/**
 * How long an exit change counts as recent (yellow, then the settling countdown): its own module, so
 * the window's countdown does not pull in the network rules and their time-zone table.
 */
export const RECENT_CHANGE_MS = 10 * 60_000
