import type { Lang } from '../shared/geo/country'
import { declineText } from '../shared/i18n/decline-text'
import { explainDecline, type DeclineMatch } from '../shared/declines/explain'
import { maskDigitRuns } from '../shared/declines/normalize'
import { plainText } from '../shared/input/plain-text'
import { clipText } from '../shared/util/clip-text'
import { explainExitCodes } from './args'

/**
 * The pasted text as safe to print: every number the card scanner would refuse, and any other long
 * digit run in any script, masked (read as pasted, invisible characters and all); then no control
 * or bidi characters, and short.
 */
function echoable(input: string): string {
  return clipText(plainText(maskDigitRuns(input)), 80)
}

function bullets(label: string, items: readonly string[]): string[] {
  return items.length === 0 ? [] : [`  ${label}`, ...items.map((item) => `    • ${item}`)]
}

function formatMatch(match: DeclineMatch, lang: Lang): string[] {
  const label = (
    key: 'explain.cause' | 'explain.doNow' | 'explain.dont' | 'explain.steps' | 'explain.links',
  ): string => `${declineText(lang, key)}${declineText(lang, 'explain.colon').trimEnd()}`
  const score = declineText(lang, 'explain.score', { score: Math.round(match.score * 100) })
  const steps = match.steps.map((id, i) => `${match.stepTitles[i] ?? id} (${id})`)
  return [
    `■ ${match.title} — ${score}`,
    `  ${declineText(lang, 'explain.cause')}${declineText(lang, 'explain.colon')}${match.cause}`,
    ...bullets(label('explain.doNow'), match.doNow),
    ...bullets(label('explain.dont'), match.dont),
    ...bullets(label('explain.steps'), steps),
    ...bullets(
      label('explain.links'),
      match.links.map((link) => `${link.label} ${link.url}`),
    ),
    `  ${declineText(lang, 'explain.codes', { codes: match.codes.join(', ') })}`,
  ]
}

/** `--explain`: the answer as text (or JSON) plus the exit code; pure so tests can call it. */
export function explainReport(
  input: string,
  lang: Lang,
  json: boolean,
): { readonly code: number; readonly output: string } {
  const answer = explainDecline(input, lang)
  const code = answer.matches.length > 0 ? explainExitCodes.matched : explainExitCodes.unknown
  if (json) return { code, output: `${JSON.stringify(answer, null, 2)}\n` }
  if (answer.matches.length === 0) return { code, output: `${declineText(lang, 'explain.none')}\n` }
  const lines = [declineText(lang, 'explain.heading', { input: echoable(input) }), '']
  answer.matches.forEach((match, i) => {
    if (i > 0) lines.push('')
    lines.push(...formatMatch(match, lang))
  })
  return { code, output: `${lines.join('\n')}\n` }
}
