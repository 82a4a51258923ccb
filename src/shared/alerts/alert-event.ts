import type { Light } from '../verdict/light'
import type { ExitChange } from '../monitor/exit-changes'

import type { NoticePage } from '../contract/notices'

export type { NoticePage } from '../contract/notices'

/** The lights that carry a judgement. */
export type ColourLight = Exclude<Light, 'grey'>

/** A light worth announcing: the colours, or grey because checks keep failing. */
export type AnnouncedLight = ColourLight | 'failing'

/** The light before and after an event. */
export interface LightShift {
  readonly from: AnnouncedLight
  readonly to: AnnouncedLight
}

/**
 * One thing worth telling the user, at most one per check: consumers (desktop notices, the
 * payment session, the history) all read these, so every kind carries its time and its page.
 */
export type AlertEvent =
  | {
      /** One or more routes moved in the same event; `light` is set when the light moved with them. */
      readonly kind: 'exit-changed'
      readonly at: string
      readonly changes: readonly ExitChange[]
      readonly light: LightShift | null
      readonly page: NoticePage
    }
  | {
      /** The light moved on its own (a profile edit, evidence, a route confirmed gone …). */
      readonly kind: 'light-changed'
      readonly at: string
      readonly shift: LightShift & { readonly to: ColourLight }
      readonly page: NoticePage
    }
  | {
      /** Two or more checks in a row failed: the light is grey because nothing can be seen. */
      readonly kind: 'checks-failing'
      readonly at: string
      readonly failures: number
      readonly from: AnnouncedLight
      readonly page: NoticePage
    }
  | {
      /** Too many exit changes in a short time: one summary, then quiet until it settles. */
      readonly kind: 'flapping'
      readonly at: string
      readonly count: number
      readonly windowMinutes: number
      readonly page: NoticePage
    }

/** See {@link AlertEvent}. */
export type AlertKind = AlertEvent['kind']

/** How much the user wants to hear: every IP change, country or light changes only, or nothing. */
export const alertLevels = ['all', 'important', 'off'] as const
/** See {@link alertLevels}. */
export type AlertLevel = (typeof alertLevels)[number]
