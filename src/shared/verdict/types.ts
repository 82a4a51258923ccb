import type { Light } from '../light'

/** How much a finding matters: red and yellow set the light, grey blanks it, info never changes it. */
export type Severity = 'red' | 'yellow' | 'grey' | 'info'

/** A message in both languages, so the CLI's JSON and the UI carry the same words. */
export interface Bilingual {
  readonly zh: string
  readonly en: string
}

/** One reason for the light, with its evidence and the checklist step that fixes it. */
export interface Finding {
  readonly id: string
  readonly severity: Severity
  readonly evidence: Readonly<Record<string, string | number | boolean | null>>
  readonly message: Bilingual
  readonly step: string | null
}

/** The answer to "if I pay now, do my card, address and network agree?", with its reasons and age. */
export interface Verdict {
  readonly light: Light
  readonly findings: readonly Finding[]
  /** When the network evidence was last confirmed; null when there is none. */
  readonly evidenceAt: string | null
}
