import { declineEntries, type DeclineEntry } from './entries'

/** How strongly a code in the text speaks for its entry: lower is stronger. */
export type CodeStrength = 0 | 1 | 2

/** One decline code found verbatim in pasted text, with its entry and strength. */
export interface CodeEvidence {
  readonly code: string
  readonly entry: DeclineEntry
  readonly strength: CodeStrength
}

const entryOfCode = new Map(declineEntries.flatMap((e) => e.codes.map((c) => [c, e] as const)))
const codeWord = /[a-z]+(?:_[a-z]+)+/g
/**
 * A value named a decline code: `"decline_code": "lost_card"`, `decline_code=lost_card`,
 * `Decline code: lost card`, `declineCode: 'stolen-card'` — the processor's most specific field.
 */
const labelledCode = /decline[\s_-]?code["'`]?\s*[:=：]?\s*["'`]?([a-z]+(?:[\s_-][a-z]+){0,5})/giu

/** The longest known code a labelled value starts with (`lost card.` → lost_card). */
function codeAtStart(value: string): string | null {
  const words = value.toLowerCase().split(/[\s_-]+/)
  for (let n = words.length; n > 0; n--) {
    const code = words.slice(0, n).join('_')
    if (entryOfCode.has(code)) return code
  }
  return null
}

/**
 * Decline codes written out in the text, strongest first: a value labelled as the decline code
 * (0), any other specific code such as `incorrect_cvc` in a `code` field (1), and codes of the
 * generic entry (2). Processors send the generic `code: card_declined` beside the specific
 * `decline_code`, and the specific one is what the user can act on.
 */
export function codeEvidence(input: string): CodeEvidence[] {
  const text = input.normalize('NFKC')
  const found = new Map<string, CodeEvidence>()
  const add = (code: string | null, labelled: boolean) => {
    const entry = code ? entryOfCode.get(code) : undefined
    if (!code || !entry) return
    const strength: CodeStrength = labelled ? 0 : entry.declineKind === 'generic' ? 2 : 1
    const before = found.get(code)
    if (!before || strength < before.strength) found.set(code, { code, entry, strength })
  }
  for (const match of text.matchAll(labelledCode)) add(codeAtStart(match[1] ?? ''), true)
  for (const word of text.toLowerCase().match(codeWord) ?? []) add(word, false)
  return [...found.values()].sort((a, b) => a.strength - b.strength)
}
