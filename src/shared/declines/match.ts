import Fuse, { type IFuseOptions } from 'fuse.js'
import { codeEvidence } from './code-evidence'
import { declineEntries, type DeclineEntry } from './entries'
import { normalizeMessage } from './normalize'
import { declinePhrasings } from './phrasings'

/** One plausible reading of the pasted text: the entry and how well it matched (0–1]. */
export interface DeclineHit {
  readonly entry: DeclineEntry
  readonly score: number
}

interface Candidate {
  readonly entry: DeclineEntry
  readonly text: string
}

/** Bitap errors allowed per pattern character; above this a "match" is mostly noise. */
const fuzzyThreshold = 0.3
/** Hits scoring this far below the best one are dropped: they are echoes, not answers. */
const relativeCut = 0.2
/** Longer pastes are cut here: an error message sits in the first lines, and Bitap cost grows with length. */
const maxLength = 300
/** Input with less substance than this (a CJK character counts twice) matches nothing. */
const minWeight = 5

const options: IFuseOptions<string> = {
  includeScore: true,
  ignoreLocation: true,
  ignoreFieldNorm: true,
  isCaseSensitive: true,
  threshold: fuzzyThreshold,
}

const candidates: readonly Candidate[] = declineEntries.flatMap((entry) =>
  [...declinePhrasings[entry.id].en, ...declinePhrasings[entry.id].zh, ...entry.codes].map(
    (raw) => ({ entry, text: normalizeMessage(raw) }),
  ),
)
const index = new Fuse(
  candidates.map((c) => c.text),
  options,
)

const longest = Math.max(...candidates.map((c) => c.text.length))

function weight(text: string): number {
  return [...text.replace(/ /g, '')].reduce(
    (sum, ch) => sum + (/\p{Script=Han}/u.test(ch) ? 2 : 1),
    0,
  )
}

/** A partial match counts less than one that covers the whole phrase or the whole input. */
function scaled(fuseScore: number | undefined, part: number, whole: number): number {
  const quality = 1 - (fuseScore ?? 1)
  return quality * (0.75 + 0.25 * Math.min(1, part / Math.max(1, whole)))
}

/**
 * Finds the entries the pasted text most likely means, best first; none when nothing is plausible.
 * A decline code written out in the text is the most specific evidence: its entry comes first
 * (a labelled `decline_code` before any other code, the generic entry's codes last), then the
 * entries whose wording matches.
 */
export function lookUpDecline(input: string): readonly DeclineHit[] {
  const coded = codeEvidence(input.slice(0, maxLength * 4)).map(({ entry }) => entry)
  const first = coded.filter((entry, i) => coded.indexOf(entry) === i)
  const worded = lookUpWording(input).filter((hit) => !first.includes(hit.entry))
  return [...first.map((entry) => ({ entry, score: 1 })), ...worded]
}

/** The entries whose known wordings match the pasted text, best first. */
function lookUpWording(input: string): readonly DeclineHit[] {
  const text = normalizeMessage(input).slice(0, maxLength)
  if (weight(text) < minWeight) return []
  const best = new Map<DeclineEntry, number>()
  const keep = (entry: DeclineEntry, score: number): void => {
    if (score > (best.get(entry) ?? 0)) best.set(entry, score)
  }
  // The input inside a known phrasing (partial or misspelt paste).
  for (const hit of text.length <= longest * 2 ? index.search(text) : []) {
    const candidate = candidates[hit.refIndex]
    if (candidate) keep(candidate.entry, scaled(hit.score, text.length, candidate.text.length))
  }
  // A known phrasing inside the input (a long paste around the message).
  const pasted = new Fuse([text], options)
  for (const candidate of candidates) {
    if (candidate.text.length > text.length || weight(candidate.text) < minWeight) continue
    const [hit] = pasted.search(candidate.text)
    if (hit) keep(candidate.entry, scaled(hit.score, candidate.text.length, text.length))
  }
  const top = Math.max(0, ...best.values())
  return declineEntries
    .filter((entry) => (best.get(entry) ?? 0) >= top - relativeCut && best.has(entry))
    .map((entry) => ({ entry, score: Math.round((best.get(entry) ?? 0) * 100) / 100 }))
    .sort((a, b) => b.score - a.score)
}
