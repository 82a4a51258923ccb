/** A typing problem in a billing field that can make the issuer's address check fail. */
export type TextProblem = 'chinese' | 'full-width' | 'spacing'

// Chinese characters proper (Han ideographs); the CJK punctuation and the ideographic space are
// full-width marks from the same input method, named as such (a full-width ZIP has no Chinese in it).
const chinese = /\p{Script=Han}/u
const fullWidth = /[\uff01-\uff5e\u3000-\u303f\uffe0-\uffe6]/

/**
 * Finds what the guide warns about: Chinese characters (card networks expect Latin letters),
 * full-width letters, digits or punctuation from a Chinese input method, and leading, trailing or
 * double spaces.
 */
export function textProblems(value: string): TextProblem[] {
  const problems: TextProblem[] = []
  if (chinese.test(value)) problems.push('chinese')
  if (fullWidth.test(value)) problems.push('full-width')
  if (value !== value.trim() || /\s{2,}/.test(value)) problems.push('spacing')
  return problems
}
