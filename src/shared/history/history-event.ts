import { lights } from '../verdict/light'
import { z } from 'zod'
import { checklistSteps } from '../checklist/step-ids'
import { declineEntryIds } from '../declines/entries'
import type { Light } from '../verdict/light'
import { exitRoutes } from '../monitor/observation'
import { countryCodeSchema, exitPinsSchema } from '../session/exit-pin'
import { sessionRecordSchema } from '../session/session-types'

const at = z.string().datetime({ offset: true })
const ip = z.string().min(2).max(64).nullable()
const light = z.enum(lights)

/**
 * One line of the history: every kind of event the History page draws. Each line is validated
 * on load by itself, so one bad line is skipped and the rest still load.
 */
export const historyEventSchema = z.discriminatedUnion('type', [
  z
    .object({
      type: z.literal('exit'),
      at,
      route: z.enum(exitRoutes),
      fromIp: ip,
      toIp: ip,
      fromCountry: countryCodeSchema.nullable(),
      toCountry: countryCodeSchema.nullable(),
    })
    .strict(),
  // The exits as first seen after start-up (not a change: the app was not watching before).
  z.object({ type: z.literal('snapshot'), at, exits: exitPinsSchema }).strict(),
  z.object({ type: z.literal('light'), at, from: light.nullable(), to: light }).strict(),
  z.object({ type: z.literal('session'), at, record: sessionRecordSchema }).strict(),
  z
    .object({
      type: z.literal('decline'),
      at,
      declineId: z.string().regex(/^[a-z0-9-]{1,40}$/),
      entryId: z.enum(declineEntryIds).nullable(),
      counts: z.boolean(),
    })
    .strict(),
  z
    .object({
      type: z.literal('cooldown'),
      at,
      phase: z.enum(['started', 'over', 'ended-early']),
      until: at,
    })
    .strict(),
  z
    .object({ type: z.literal('checks-failed'), at, until: at, count: z.number().int().min(1) })
    .strict(),
  // A payment attempt the user closed with "start a new attempt": the steps they had ticked.
  z
    .object({
      type: z.literal('attempt'),
      at,
      startedAt: at,
      ticked: z.array(z.enum(checklistSteps)).max(checklistSteps.length),
    })
    .strict(),
  z
    .object({
      type: z.literal('alert'),
      at,
      kind: z.string().regex(/^[a-z0-9-]{1,40}$/),
      light: light.nullable(),
    })
    .strict(),
])

/** See {@link historyEventSchema}. */
export type HistoryEvent = z.infer<typeof historyEventSchema>
/** One kind of history event. */
export type HistoryEventType = HistoryEvent['type']

/** A light change as recorded (null `from` for the first light after start-up). */
export type LightEvent = Extract<HistoryEvent, { type: 'light' }>
/** An exit change as recorded. */
export type ExitEvent = Extract<HistoryEvent, { type: 'exit' }>

/** Reads one stored line; null when it is not a valid event (skipped, never fatal). */
export function parseHistoryEvent(value: unknown): HistoryEvent | null {
  const parsed = historyEventSchema.safeParse(value)
  return parsed.success ? parsed.data : null
}

/** The light an event sets, when it is a light change. */
export function lightOf(event: HistoryEvent): Light | null {
  return event.type === 'light' ? event.to : null
}
