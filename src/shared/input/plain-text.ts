// Controls (C0, DEL, C1) and the format characters that reorder or hide text: bidi embeddings,
// overrides, isolates and marks, zero-width characters, the BOM, invisible operators, tag characters.
const hidden =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here
  /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\u{e0000}-\u{e007f}]/gu
const hiddenOne =
  // eslint-disable-next-line no-control-regex -- the same set, to test for
  /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\u{e0000}-\u{e007f}]/u

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
