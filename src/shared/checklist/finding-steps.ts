import { findingCatalogue, type FindingId } from '../verdict/finding-catalogue'
import type { ChecklistStep } from './step-ids'

/** Findings the catalogue points at no step (information only). */
type Unstepped = {
  [Id in FindingId]: (typeof findingCatalogue)[Id]['step'] extends null ? Id : never
}[FindingId]

/**
 * Where the information-only findings are explained: they change no light, but a user who reads
 * one still needs the step that covers its subject. Typed so a new unstepped finding must be added.
 */
const infoSteps: Readonly<Record<Unstepped, ChecklistStep>> = {
  'timezone-vs-network': 'vpn-region',
  'region-profile-not-served': 'card-profile',
  'network-owner-disagree': 'network-exit',
}

/** The checklist step that fixes (or explains) a finding, so every "fix" can open its step. */
export function stepOfFinding(id: FindingId): ChecklistStep {
  const spec = findingCatalogue[id]
  return spec.step ?? infoSteps[id as Unstepped]
}
