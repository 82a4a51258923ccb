import { maskRuns } from '../profile/card-digits'

const url = /\b(?:https?:\/\/|www\.)\S+/giu
const prefix = /^\s*(?:error|错误|错误信息|提示|payment error|stripe error)\s*[:：]\s*/iu
const nonWord = /[^\p{L}\p{N}]+/gu
const spaceNextToHan = /(?<=\p{Script=Han}) +| +(?=\p{Script=Han})/gu
const maxInput = 2000
/** Card-number-like digit runs mean nothing to the look-up and must not travel further. */
const longDigitRun = /\d(?:[ -]?\d){6,}/g
/** Seven or more digits of any script, whatever stands between them but letters of a word. */
const MASKED_DIGITS = 7

/**
 * Pasted text with every run of 7 or more digits — in any script, with any separators the card
 * scanner reads between groups (invisible, bidi, modifier or separator-like letters) — replaced by
 * `•••`: what a look-up quotes back never shows a card number, nor a part long enough to matter.
 */
export function maskDigitRuns(input: string): string {
  return maskRuns(input, MASKED_DIGITS)
}

/** Brings pasted text to one comparable form: width, case, punctuation and spacing no longer matter. */
export function normalizeMessage(input: string): string {
  let text = input
    .slice(0, maxInput)
    .normalize('NFKC')
    .toLowerCase()
    .replace(url, ' ')
    .replace(longDigitRun, ' ')
  for (let previous = ''; previous !== text;) {
    previous = text
    text = text.replace(prefix, '')
  }
  return text.replace(nonWord, ' ').replace(spaceNextToHan, '').trim()
}
