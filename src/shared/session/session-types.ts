import { z } from 'zod'
import { keptTextSchema } from '../input/kept-text'
import { lights, type Light } from '../verdict/light'
import { exitPinsSchema, type ExitDrift, type ExitPins } from './exit-pin'

import { sessionOutcomes, type SessionOutcome } from './session-outcomes'

export { sessionOutcomes, userOutcomes } from './session-outcomes'
export type { SessionOutcome, UserOutcome } from './session-outcomes'

const lightSchema = z.enum(lights)

/** What was pinned when the watch began: the exits and the light, to compare every check with. */
export interface SessionPin {
  readonly at: string
  readonly exits: ExitPins
  readonly light: Light
}

/** Validates a pin read back from the session file. */
export const sessionPinSchema = z
  .object({ at: z.string().datetime({ offset: true }), exits: exitPinsSchema, light: lightSchema })
  .strict()

/** Why a session turned urgent: an exit moved, or the light left green. */
export type SessionAlert =
  | ({ readonly kind: 'exit' } & ExitDrift)
  | { readonly kind: 'light'; readonly from: Light; readonly to: Light }

/**
 * The payment session: idle; the self-check shown before anything is pinned; watching (urgent
 * once anything moved — it stays urgent, a change that reverts is still a change). Ending returns
 * to idle with the finished record, which goes into the history.
 */
export type SessionState =
  | { readonly phase: 'idle' }
  | { readonly phase: 'precheck'; readonly id: string; readonly startedAt: string }
  | {
      readonly phase: 'watching'
      readonly id: string
      readonly startedAt: string
      readonly deadline: string
      readonly pin: SessionPin
      /** What moved when the stop was said (the first change): said once, never repeated. */
      readonly alerts: readonly SessionAlert[]
      /** Changes seen after the stop: counted, the latest few kept, shown in place. */
      readonly moreChanges: number
      readonly latest: readonly SessionAlert[]
      readonly firstAlertAt: string | null
      /** The light at the last check, so a light alert fires when it leaves green, not every check. */
      readonly lastLight: Light
    }

/** A finished session as the history keeps it. */
export interface SessionRecord {
  readonly id: string
  readonly startedAt: string
  readonly endedAt: string
  readonly durationMs: number
  readonly outcome: SessionOutcome
  /** The decline message the user saw, when the outcome is `declined`. */
  readonly message: string | null
  readonly pin: SessionPin | null
  /** How many times the session turned urgent (exit or light changes seen while watching). */
  readonly alerts: number
}

/** Validates a session record read back from the history. */
export const sessionRecordSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]{1,40}$/),
    startedAt: z.string().datetime({ offset: true }),
    endedAt: z.string().datetime({ offset: true }),
    durationMs: z.number().int().min(0),
    outcome: z.enum(sessionOutcomes),
    message: keptTextSchema(500).nullable(),
    pin: sessionPinSchema.nullable(),
    alerts: z.number().int().min(0),
  })
  .strict()

const pinnedExitSchema = exitPinsSchema.shape.merchant

/** Validates an alert read back from the session file. */
export const sessionAlertSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('exit'),
      route: z.enum(['merchant', 'ipv4', 'ipv6']),
      from: pinnedExitSchema,
      to: pinnedExitSchema,
      countryChanged: z.boolean(),
    })
    .strict(),
  z.object({ kind: z.literal('light'), from: lightSchema, to: lightSchema }).strict(),
])

const idSchema = z.string().regex(/^[a-z0-9-]{1,40}$/)
const at = z.string().datetime({ offset: true })

/** Validates the session state read back from its file (a session survives a restart). */
export const sessionStateSchema = z.discriminatedUnion('phase', [
  z.object({ phase: z.literal('idle') }).strict(),
  z.object({ phase: z.literal('precheck'), id: idSchema, startedAt: at }).strict(),
  z
    .object({
      phase: z.literal('watching'),
      id: idSchema,
      startedAt: at,
      deadline: at,
      pin: sessionPinSchema,
      alerts: z.array(sessionAlertSchema).max(200),
      moreChanges: z.number().int().min(0).default(0),
      latest: z.array(sessionAlertSchema).max(5).default([]),
      firstAlertAt: at.nullable(),
      lastLight: lightSchema,
    })
    .strict(),
])
