/** The numbers behind the alert policy, injectable so tests and the bench can vary them. */
export interface AlertTuning {
  /** More than this many exit changes within {@link flapWindowMs} is flapping. */
  readonly flapCount: number
  readonly flapWindowMs: number
  /** Flapping is over once no exit changed for this long. */
  readonly quietMs: number
  /** Failed checks in a row before a grey light is announced (one failure is often a blip). */
  readonly failuresForGrey: number
  /** How long exit-change records are kept (longer than every window that reads them). */
  readonly keepMs: number
}

/** The defaults: more than 5 changes in 10 minutes is flapping; quiet until 5 minutes pass calmly. */
export const defaultAlertTuning: AlertTuning = {
  flapCount: 5,
  flapWindowMs: 10 * 60_000,
  quietMs: 5 * 60_000,
  failuresForGrey: 2,
  keepMs: 60 * 60_000,
}
