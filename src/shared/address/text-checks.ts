/** A typing problem in a billing field that can make the issuer's address check fail. */
export type TextProblem = 'chinese' | 'full-width' | 'spacing'

const chinese = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3000-\u303f]/
const fullWidth = /[\uff01-\uff5e\u3000\uffe0-\uffe6]/

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
