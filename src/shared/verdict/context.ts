import { z } from 'zod'
import { merchantChoiceSchema } from '../merchant/merchant-choice'
import { defaultMerchants, type MerchantId } from '../merchant/watched'
import type { FreshnessInput } from '../monitor/freshness'

/** Everything besides the profile and the observation that the verdict depends on. */
export interface VerdictContext extends Omit<FreshnessInput, 'observation'> {
  readonly now: number
  /**
   * When an exit last moved, from the alert policy's history (the same changes the notices
   * announce, settled checks only); recent changes look like IP hopping.
   */
  readonly exitChangedAt: string | null
  /** The system time zone (IANA name), compared with the network country for information only. */
  readonly timeZone: string | null
  /** The merchants the user pays (settings; CLI `--merchant`); OpenAI when left out. */
  readonly merchants?: readonly MerchantId[]
  /** A running cool-down after repeated declines (the decline log's), or none. */
  readonly cooldown?: CooldownContext | null
  /** How many times the exits changed in the last 24 hours (the history's count). */
  readonly exitChanges24h?: number
  /** The saved profile is still being read (a keychain prompt): no profile yet is not "none". */
  readonly profileLoading?: boolean
}

/** The cool-down as the verdict sees it: when it ends and how many declines started it. */
export interface CooldownContext {
  readonly until: string
  readonly declines: number
}

/**
 * The context as a file or as an observation's `context` field (CLI `--context`). Every field is
 * optional: a saved observation is evaluated as of `now`, else the current time (so old evidence
 * reads as stale), or as of its own `checkedAt` when the caller asks for that.
 */
export const contextFileSchema = z
  .object({
    now: z.string().datetime({ offset: true }).optional(),
    intervalMs: z
      .number()
      .int()
      .min(15_000)
      .max(30 * 60_000)
      .optional(),
    sleptAt: z.string().datetime({ offset: true }).nullable().optional(),
    lastCheckFailed: z.boolean().optional(),
    exitChangedAt: z.string().datetime({ offset: true }).nullable().optional(),
    timeZone: z.string().max(64).nullable().optional(),
    merchants: merchantChoiceSchema.optional(),
    cooldownUntil: z.string().datetime({ offset: true }).nullable().optional(),
    cooldownDeclines: z.number().int().min(1).max(1000).optional(),
    exitChanges24h: z.number().int().min(0).max(100_000).optional(),
  })
  .strict()

/** See {@link contextFileSchema}. */
export type ContextFile = z.infer<typeof contextFileSchema>

/**
 * Turns a context file into the verdict's context for an observation checked at `checkedAt`. The
 * time is the file's `now`, else `clockNow`; `clockNow` null evaluates as of the observation's own
 * time, which only an explicit request may do: a replay hours later must not read as current.
 */
export function contextFromFile(
  file: ContextFile,
  checkedAt: string,
  clockNow: number | null,
): VerdictContext {
  const now = file.now ? Date.parse(file.now) : (clockNow ?? Date.parse(checkedAt))
  const lastAttempt = file.lastCheckFailed
    ? {
        at: new Date(Math.max(now, Date.parse(checkedAt))).toISOString(),
        ok: false,
        trigger: 'manual' as const,
        failures: [],
      }
    : { at: checkedAt, ok: true, trigger: 'manual' as const, failures: [] }
  return {
    now,
    intervalMs: file.intervalMs ?? 60_000,
    sleptAt: file.sleptAt ?? null,
    lastAttempt,
    exitChangedAt: file.exitChangedAt ?? null,
    timeZone: file.timeZone ?? null,
    merchants: file.merchants ?? defaultMerchants,
    cooldown: file.cooldownUntil
      ? { until: file.cooldownUntil, declines: file.cooldownDeclines ?? 1 }
      : null,
    exitChanges24h: file.exitChanges24h ?? 0,
  }
}
