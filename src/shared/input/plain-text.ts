// Controls (C0, DEL, C1), every format character (bidi embeddings, overrides, isolates and marks,
// zero-width characters, the BOM, soft hyphens, invisible operators, interlinear annotation
// marks, deprecated format controls, shorthand and musical format controls, tag characters) and
// the characters that show as nothing though they are not spaces: the combining grapheme joiner,
// Hangul fillers, Khmer inherent vowels, Mongolian variation selectors, the Braille blank and the
// object replacement character.
// (The combining ones are alternatives of their own: in a class they would read as combined.)
const hiddenSet = String.raw`[\p{Cc}\p{Cf}\u115f\u1160\u180e\u2800\u3164\uffa0\ufffc]|\u034f|\u17b4|\u17b5|\u180b|\u180c|\u180d|\u180f`
const hidden = new RegExp(hiddenSet, 'gu')
const hiddenOne = new RegExp(hiddenSet, 'u')

/** Whether a text holds control, bidi or invisible characters (a field that is shown as typed). */
export function hasHiddenCharacters(text: string): boolean {
  return hiddenOne.test(text)
}

// Controls and the characters that reorder text; zero-width joiners stay (emoji, Persian, Indic).
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const controlOrBidi = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u

/** Whether a text holds control or bidi characters: a field typed by hand never needs one. */
export function hasControlOrBidi(text: string): boolean {
  return controlOrBidi.test(text)
}

/**
 * Free text as PayLight keeps and shows it: control, bidi and invisible characters become a space
 * (a line break or a tab is a space too), runs of spaces one, no space at either end. What it shows
 * is what was typed, never text that reorders or hides itself.
 */
export function plainText(text: string): string {
  return text.replace(hidden, ' ').replace(/\s+/gu, ' ').trim()
}
