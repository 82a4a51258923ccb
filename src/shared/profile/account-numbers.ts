import { ibanLength } from './iban-lengths'

/** Where a stretch of a shadow text sits (end exclusive). */
export interface Stretch {
  readonly start: number
  readonly end: number
}

// ISO 13616: the IBAN moved to end with its country and check digits, letters as 10–35, mod 97 = 1.
function ibanValid(iban: string): boolean {
  const moved = iban.slice(4) + iban.slice(0, 4)
  let remainder = 0
  for (const char of moved) {
    const value = parseInt(char, 36)
    remainder = (value > 9 ? remainder * 100 + value : remainder * 10 + value) % 97
  }
  return remainder === 1
}

const ibanStart = /(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}/g

/**
 * IBANs in a shadow text, written whole or in groups (a single space or dash between characters,
 * letters in a group too: `IT44 X375 0069…`): a country's IBAN length and a valid check (mod 97).
 */
export function ibanStretches(text: string): Stretch[] {
  const out: Stretch[] = []
  for (const match of text.matchAll(ibanStart)) {
    const length = ibanLength(match[0].slice(0, 2))
    if (length === null) continue
    let iban = match[0].toUpperCase()
    let at = match.index + match[0].length
    while (iban.length < length && at < text.length) {
      const char = text[at] as string
      const next = text[at + 1] ?? ''
      if (/[A-Za-z0-9]/.test(char)) iban += char.toUpperCase()
      else if (!/[ -]/.test(char) || !/[A-Za-z0-9]/.test(next)) break
      at += 1
    }
    if (iban.length === length && !/[A-Za-z0-9]/.test(text[at] ?? '') && ibanValid(iban))
      out.push({ start: match.index, end: at })
  }
  return out
}

// Resident ID numbers of mainland China (GB 11643-1999): a 6-digit area, a birth date, a 3-digit
// sequence and an ISO 7064 MOD 11-2 check character, whole or in groups of 6-8-4.
const chinaId =
  /(?<![A-Za-z0-9])(\d{6}) ?((?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])) ?(\d{3}[\dXx])(?![A-Za-z0-9])/g
const idWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]

function chinaIdValid(id: string): boolean {
  const sum = [...id.slice(0, 17)].reduce((n, d, i) => n + Number(d) * (idWeights[i] ?? 0), 0)
  return '10X98765432'[sum % 11] === (id[17] as string).toUpperCase()
}

/** Mainland Chinese resident ID numbers in a shadow text whose check character is right. */
export function chinaIdStretches(text: string): Stretch[] {
  const out: Stretch[] = []
  for (const match of text.matchAll(chinaId))
    if (chinaIdValid(`${match[1]}${match[2]}${match[3]}`))
      out.push({ start: match.index, end: match.index + match[0].length })
  return out
}
