import { isValidPhoneNumber } from 'libphonenumber-js/max'
import { chinaIdStretches, ibanStretches } from './account-numbers'
import { BREAK } from './card-shadow'

// Dates (year 1900–2099 first, or last), times of day, IPv4 and IPv6 addresses, in the shadow's
// ASCII form. Each is a token of its own that no card number runs through — only where it stands
// alone: glued by punctuation to more digits (`2221-9-9-0002`), it is part of something else.
const year = '(?:19|20)\\d\\d'
const month = '(?:0?[1-9]|1[0-2])'
const day = '(?:0?[1-9]|[12]\\d|3[01])'
const octet = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)'
const alone = (body: string) => new RegExp(`(?<!\\d|\\d[.,:/\\-])${body}(?!\\d|[.,:/\\-]\\d)`, 'gi')
const tokens: readonly RegExp[] = [
  alone(`${year}([-/.])${month}\\1${day}`),
  alone(`${day}([-/.])${day}\\1${year}`),
  alone('(?:[01]?\\d|2[0-4]):[0-5]\\d(?::(?:[0-5]\\d|60)(?:[.,]\\d{1,9})?)?'),
  alone(`(?:${octet}\\.){3}${octet}`),
  // IPv6: hex groups with colons, all eight groups or a "::".
  alone('(?<![\\w:])(?:[0-9a-f]{1,4}:){7}[0-9a-f]{1,4}(?![\\w:])'),
  alone(
    '(?<![\\w:])(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?(?![\\w:])',
  ),
]

const percentEscape = /%[0-9a-f]{2}/gi

// An international phone number: "+", the country code and the national number, in the groups
// and punctuation people write them with (spaces, dashes, dots, brackets), ending at a digit.
const phoneCandidate = /\+[ (]*\d[\d ().-]*\d/g
// Digits glued to it by punctuation before or after (not a next "+" number after a space, comma,
// slash or semicolon): then it is part of something else, not a phone number.
const digitsBefore = /\d[^\p{L}\d\s]{0,2}$/u
const digitsAfter = /^[^\p{L}\d]{0,16}\d/u
const nextNumber = /[\s,;/]\+\s*\(?\d$/

/**
 * Replaces, in a shadow text, every token that holds digits but is not a card number with
 * {@link BREAK}: IBANs (a country's length and check digits, grouped or whole), mainland Chinese
 * ID numbers (their check character), dates, times, IP addresses and international phone numbers
 * (a "+" number that the country's numbering plan allows, by libphonenumber's metadata), each
 * standing alone; and percent escapes. Same length out as in, so positions still map to the original text.
 */
export function blankNonCardTokens(shadow: string): string {
  if (!/\d/.test(shadow)) return shadow
  let out = shadow
  const blank = (start: number, end: number) => {
    out = out.slice(0, start) + BREAK.repeat(end - start) + out.slice(end)
  }
  for (const { start, end } of [...ibanStretches(out), ...chinaIdStretches(out)]) blank(start, end)
  for (const pattern of tokens)
    for (const match of out.matchAll(pattern)) blank(match.index, match.index + match[0].length)
  // A percent escape's hex digits are a byte's code, not digits of the text (`%3A` in a URL): the
  // wide reading decodes escapes and reads what they stand for.
  for (const match of out.matchAll(percentEscape)) blank(match.index, match.index + 3)
  for (const match of out.matchAll(phoneCandidate)) {
    const end = match.index + match[0].length
    if (digitsBefore.test(out.slice(Math.max(0, match.index - 3), match.index))) continue
    const after = digitsAfter.exec(out.slice(end, end + 17))?.[0]
    if (after !== undefined && !nextNumber.test(after)) continue
    if (isValidPhoneNumber(match[0])) blank(match.index, end)
  }
  return out
}
