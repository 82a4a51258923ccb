import type { StepStatus } from '../../src/shared/checklist/step-status'
import { checklistSteps } from '../../src/shared/checklist/step-ids'
import type { TextProblem } from '../../src/shared/address/text-checks'
import { ipcRejections } from '../../src/shared/contract/ipc-channels'
import type { Light } from '../../src/shared/verdict/light'
import type { Freshness } from '../../src/shared/monitor/freshness'
import {
  agreements,
  exitRoutes,
  sightingFailureCodes,
  witnessKinds,
} from '../../src/shared/monitor/observation'
import { capabilityNames, cardIssuers, fundingTypes } from '../../src/shared/profile/schema'
import { namedProfileFields, profileErrorCodes } from '../../src/shared/profile/validate'
import { merchantIds } from '../../src/shared/merchant/watched'
import type { NetworkKind } from '../../src/shared/network-owner/known-networks'
import {
  asideReasons,
  keptFileNames,
  storageErrorCodes,
} from '../../src/shared/storage/kept-file-types'
import { findingIds } from '../../src/shared/verdict/finding-catalogue'
import type { MessageKey } from '../../src/shared/i18n/translate'
import { zh } from '../../src/shared/i18n/messages'
import { windowTabs } from '../../src/shared/contract/window-tabs'
import type { UpdateStatus } from '../../src/shared/contract/desktop'
import { paymentMessageKeys } from '../../src/shared/session/message-keys'

/** Every member of a union, as a record so the compiler insists on each one and nothing else. */
type Every<U extends string> = Readonly<Record<U, true>>

const keysOf = <U extends string>(every: Every<U>): readonly U[] => Object.keys(every) as U[]
const prefixed = <P extends string, U extends string>(prefix: P, members: readonly U[]) =>
  members.map((m) => `${prefix}.${m}` as const)

const lights: Every<Light> = { green: true, yellow: true, red: true, grey: true, wait: true }
const freshness: Every<Freshness['state']> = { fresh: true, stale: true, failed: true, none: true }
const statuses: Every<StepStatus> = {
  pass: true,
  warn: true,
  fail: true,
  wait: true,
  unknown: true,
  manual: true,
}
const networkKinds: Every<NetworkKind> = {
  hosting: true,
  'vpn-or-relay': true,
  access: true,
  unknown: true,
}
const textProblems: Every<TextProblem> = { chinese: true, 'full-width': true, spacing: true }
const updateKinds: Every<UpdateStatus['kind']> = {
  'not-configured': true,
  idle: true,
  checking: true,
  'up-to-date': true,
  downloading: true,
  ready: true,
  failed: true,
}

/** A finding's headline variant is built from its message variant (`finding.x.v` → `headline.x.v`). */
function headlineVariants(): MessageKey[] {
  return Object.keys(zh)
    .filter((key) => key.startsWith('finding.') && key.split('.').length > 2)
    .map((key) => key.replace(/^finding\./, 'headline.'))
    .filter((key): key is MessageKey => Object.hasOwn(zh, key))
}

/**
 * Message keys the code builds from a value (`t(\`route.${route}\`)`) rather than spells out, so the
 * unused-key test can see them. Each family is derived from its domain list or union: a new
 * member without its message fails to compile here.
 */
export const dynamicMessageKeys: readonly MessageKey[] = [
  ...prefixed('light', keysOf(lights)),
  ...prefixed('light.short', keysOf(lights)),
  ...prefixed('lookup.now', keysOf(lights)),
  ...prefixed('headline', findingIds),
  ...headlineVariants(),
  ...prefixed('request.rejected', ipcRejections),
  ...prefixed('route', exitRoutes),
  ...prefixed('route.short', exitRoutes),
  ...prefixed('agreement', agreements),
  ...prefixed('witness', witnessKinds),
  ...prefixed('failure', sightingFailureCodes),
  ...prefixed('fresh', keysOf(freshness)),
  ...prefixed('step', checklistSteps),
  ...prefixed('checklist', keysOf(statuses)),
  ...prefixed('finding', findingIds),
  ...prefixed('merchant.name', merchantIds),
  ...prefixed('network.kind', keysOf(networkKinds)),
  ...prefixed('funding', fundingTypes),
  ...prefixed('issuedBy', cardIssuers),
  ...prefixed('capability', capabilityNames),
  ...prefixed('hint', keysOf(textProblems)),
  ...prefixed('profile.error', profileErrorCodes),
  ...prefixed('profile.field', namedProfileFields),
  ...prefixed('storage.reason', asideReasons),
  ...prefixed('storage.error', storageErrorCodes),
  ...prefixed('storage.name', keptFileNames),
  // The window's tabs, the comparison marks and the notifications (unions kept elsewhere).
  ...prefixed('tab', windowTabs),
  ...prefixed('desktop.update', keysOf(updateKinds)),
  ...prefixed('compare', ['matches', 'differs', 'unknown'] as const),
  ...paymentMessageKeys,
]
