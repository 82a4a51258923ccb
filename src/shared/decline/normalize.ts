const url = /\b(?:https?:\/\/|www\.)\S+/giu
const prefix = /^\s*(?:error|错误|错误信息|提示|payment error|stripe error)\s*[:：]\s*/iu
const nonWord = /[^\p{L}\p{N}]+/gu
const spaceNextToHan = /(?<=\p{Script=Han}) +| +(?=\p{Script=Han})/gu
const maxInput = 2000
/** Card-number-like digit runs mean nothing to the look-up and must not travel further. */
const longDigitRun = /\d(?:[ -]?\d){6,}/g

/** Pasted text with card-number-like digit runs replaced, safe to keep next to a decline. */
export function maskLongDigitRuns(input: string): string {
  return input.replace(longDigitRun, '•••')
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
