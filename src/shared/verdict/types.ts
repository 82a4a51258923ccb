import type { ChecklistStep } from '../checklist/step-ids'
import type { Bilingual } from '../i18n/translate'
import type { Light } from './light'
import type { FindingId, Severity } from './finding-catalogue'

export type { Bilingual } from '../i18n/translate'
export type { Severity } from './finding-catalogue'

/** One reason for the light, with its evidence and the checklist step that fixes it. */
export interface Finding {
  readonly id: FindingId
  readonly severity: Severity
  readonly evidence: Readonly<Record<string, string | number | boolean | null>>
  /** Rendered from the message tables, so the CLI's JSON and the window carry the same words. */
  readonly message: Bilingual
  /** The few words after the light in the header and the tray ("IPv6 出口在中国"). */
  readonly headline: Bilingual
  readonly step: ChecklistStep | null
}

/** The answer to "if I pay now, do my card, address and network agree?", with its reasons and age. */
export interface Verdict {
  readonly light: Light
  readonly findings: readonly Finding[]
  /** When the network evidence was last confirmed; null when there is none. */
  readonly evidenceAt: string | null
}
