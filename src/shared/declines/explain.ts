import type { Lang } from '../geo/country'
import { guideLinks } from '../guide/links'
import type { ChecklistStep } from '../checklist/step-ids'
import { translate } from '../i18n/translate'
import { guideText } from '../i18n/guide-text'
import type { DeclineEntry, DeclineEntryId, DeclineKind } from './entries'
import { lookUpDecline } from './match'
import { declineText } from '../i18n/decline-text'

/** One answer in the user's language, ready for the CLI, the window or the decline log. */
export interface DeclineMatch {
  readonly id: DeclineEntryId
  readonly score: number
  readonly title: string
  readonly cause: string
  readonly doNow: readonly string[]
  readonly dont: readonly string[]
  readonly steps: readonly ChecklistStep[]
  readonly stepTitles: readonly string[]
  readonly links: readonly { readonly id: string; readonly url: string; readonly label: string }[]
  readonly codes: readonly string[]
  readonly declineKind: DeclineKind
  readonly countsTowardCooldown: boolean
}

/** The structured answer to "what does this message mean?": best first, empty when unknown. */
export interface DeclineExplanation {
  readonly matches: readonly DeclineMatch[]
}

/** One entry worded in `lang`, so a look-up answer and the guide's list of errors read the same. */
export function wordDeclineEntry(entry: DeclineEntry, score: number, lang: Lang): DeclineMatch {
  return {
    id: entry.id,
    score,
    title: declineText(lang, entry.titleKey),
    cause: declineText(lang, entry.causeKey),
    doNow: entry.doNowKeys.map((key) => declineText(lang, key)),
    dont: entry.dontKeys.map((key) => declineText(lang, key)),
    steps: entry.steps,
    stepTitles: entry.steps.map((step) => translate(lang, `step.${step}`)),
    links: entry.links.map((id) => ({
      id,
      url: guideLinks[id].url,
      label: guideText(lang, guideLinks[id].labelKey),
    })),
    codes: entry.codes,
    declineKind: entry.declineKind,
    countsTowardCooldown: entry.countsTowardCooldown,
  }
}

/** Looks the pasted text up and words every plausible entry in `lang`. */
export function explainDecline(input: string, lang: Lang): DeclineExplanation {
  return {
    matches: lookUpDecline(input).map(({ entry, score }) => wordDeclineEntry(entry, score, lang)),
  }
}
