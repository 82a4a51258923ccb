import { bilingual, type MessageKey, type MessageParams } from '../i18n/translate'
import { zh } from '../i18n/messages'
import { findingCatalogue, type FindingId, type SeverityOf } from './finding-catalogue'
import type { Finding } from './types'

export { checklistSteps, type ChecklistStep } from '../checklist/step-ids'

/** A finding's own message (`finding.<id>`) or one of its variants (`finding.<id>.<variant>`). */
export type FindingMessageKey<Id extends FindingId> = Extract<
  MessageKey,
  `finding.${Id}` | `finding.${Id}.${string}`
>

/** What a rule says when it raises a finding; the step comes from the catalogue. */
export interface FindingInput<Id extends FindingId> {
  readonly id: Id
  readonly severity: SeverityOf<NoInfer<Id>>
  readonly evidence: Finding['evidence']
  /** Values for the message's `{name}` placeholders (the headline's too). */
  readonly params?: MessageParams
  /** A variant of the message; the finding's own message when left out. */
  readonly text?: FindingMessageKey<NoInfer<Id>>
}

/** The headline beside a message variant: `headline.<id>.<variant>` when there is one. */
function headlineKey(id: FindingId, text: string | undefined): MessageKey {
  // Fails to compile when a finding in the catalogue has no headline of its own.
  const own: MessageKey = `headline.${id}`
  const variant = text?.replace(/^finding\./, 'headline.')
  return variant && Object.hasOwn(zh, variant) ? (variant as MessageKey) : own
}

/** Builds a finding; one shape for every rule so the UI and CLI treat them alike. */
export function finding<Id extends FindingId>(input: FindingInput<Id>): Finding {
  // Fails to compile when a finding in the catalogue has no message of its own.
  const key: MessageKey = input.text ?? `finding.${input.id}`
  return {
    id: input.id,
    severity: input.severity,
    evidence: input.evidence,
    message: bilingual(key, input.params),
    headline: bilingual(headlineKey(input.id, input.text), input.params),
    step: findingCatalogue[input.id].step,
  }
}
