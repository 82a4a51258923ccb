import { z } from 'zod'
import type { DeclineRecord } from './decline-record'

const HOUR = 3_600_000

/** The guide's advice as numbers: this many declines within the window → wait this long. */
export const cooldownPolicySchema = z
  .object({
    threshold: z.number().int().min(1).max(20),
    windowMs: z
      .number()
      .int()
      .min(HOUR)
      .max(7 * 24 * HOUR),
    waitMs: z
      .number()
      .int()
      .min(HOUR)
      .max(7 * 24 * HOUR),
  })
  .strict()

/** See {@link cooldownPolicySchema}. */
export type CooldownPolicy = z.infer<typeof cooldownPolicySchema>

/** 3 declines within 24 h → wait 24 h from the last one (the guide's §3.5 and §8). */
export const defaultCooldownPolicy: CooldownPolicy = {
  threshold: 3,
  windowMs: 24 * HOUR,
  waitMs: 24 * HOUR,
}

/** Whether the user must wait before trying again, and until when. */
export type CooldownState =
  | { readonly kind: 'none'; readonly recent: number }
  | {
      readonly kind: 'active'
      readonly until: string
      readonly remainingMs: number
      readonly count: number
      readonly lastAt: string
    }
  | { readonly kind: 'ended-early'; readonly until: string; readonly endedAt: string }

/**
 * The cool-down as of `now`: counted declines in the window that ends at the latest one; at the
 * threshold the wait runs from that latest decline. A later decline restarts the count (and, if
 * the threshold is met again, the wait). Ending early lasts until the next counted decline.
 */
export function cooldownState(
  records: readonly DeclineRecord[],
  policy: CooldownPolicy,
  now: number,
  endedEarlyAt: string | null,
): CooldownState {
  const times = records
    .filter((r) => r.counts)
    .map((r) => Date.parse(r.at))
    .sort((a, b) => a - b)
  const recent = times.filter((t) => t > now - policy.windowMs && t <= now).length
  const last = times[times.length - 1]
  if (last === undefined) return { kind: 'none', recent }
  const count = times.filter((t) => t > last - policy.windowMs && t <= last).length
  const until = last + policy.waitMs
  if (count < policy.threshold || now >= until) return { kind: 'none', recent }
  const iso = new Date(until).toISOString()
  if (endedEarlyAt !== null && Date.parse(endedEarlyAt) >= last)
    return { kind: 'ended-early', until: iso, endedAt: endedEarlyAt }
  return {
    kind: 'active',
    until: iso,
    remainingMs: until - now,
    count,
    lastAt: new Date(last).toISOString(),
  }
}

/** When the state next changes by itself (the wait runs out), so a timer can wake for it. */
export function cooldownEndsAt(state: CooldownState): number | null {
  return state.kind === 'active' ? Date.parse(state.until) : null
}
