/** What ends a shortened text: one UTF-16 unit, so it counts as 1 against Windows' limit too. */
export const ellipsis = '…'

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' })

/**
 * Shortens a text to at most `max` UTF-16 units (how Windows counts a tray tooltip), ending with
 * an ellipsis, and never splits a character: no half surrogate pair, no flag or emoji cut in two.
 */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text
  if (max < 1) return ''
  let out = ''
  for (const { segment } of segmenter.segment(text)) {
    if (out.length + segment.length > max - ellipsis.length) break
    out += segment
  }
  return `${out.trimEnd()}${ellipsis}`
}

/** Room a cut line must have left to be worth showing; shorter leftovers are dropped instead. */
const minCutLine = 12

/**
 * Fits lines into `max` UTF-16 units: whole lines while they fit, then the first line that does
 * not fit cut short (when enough room is left), so the leading lines always survive and a cut
 * always shows as an ellipsis.
 */
export function clipLines(text: string, max: number): string {
  if (text.length <= max) return text
  const kept: string[] = []
  for (const line of text.split('\n')) {
    const room = max - kept.join('\n').length - (kept.length ? 1 : 0)
    // Strictly shorter: a kept line always leaves one unit for the ellipsis of a later cut.
    if (line.length < room) {
      kept.push(line)
      continue
    }
    if (room >= minCutLine || kept.length === 0)
      return [...kept, clipText(`${line}${ellipsis}`, room)].join('\n')
    return `${kept.join('\n')}${ellipsis}`
  }
  return kept.join('\n')
}
