/**
 * A text as it reads once its markup and escapes are undone, and where each of its characters
 * came from in the original (`origin[i]`, a UTF-16 offset).
 */
export interface Reading {
  readonly text: string
  readonly origin: readonly number[]
}

// Named references that stand for a separator or a character a number could be hidden with.
const named: Readonly<Record<string, string>> = {
  nbsp: '\u00a0',
  ensp: '\u2002',
  emsp: '\u2003',
  thinsp: '\u2009',
  zwsp: '\u200b',
  zwj: '\u200d',
  zwnj: '\u200c',
  lrm: '\u200e',
  rlm: '\u200f',
  shy: '\u00ad',
  ndash: '–',
  mdash: '—',
  minus: '−',
  hyphen: '‐',
  dash: '‐',
  middot: '·',
  bull: '•',
  sol: '/',
  period: '.',
  comma: ',',
  colon: ':',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
}

// A tag, a character reference, or a run of percent-escaped bytes.
const escapes =
  /<\/?[a-z][^<>]{0,200}>|&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z]{2,8}));|((?:%[0-9a-f]{2})+)/gi

const codeOf = (value: number) =>
  value > 0 && value <= 0x10ffff && (value < 0xd800 || value > 0xdfff)
    ? String.fromCodePoint(value)
    : null

// Percent-escaped bytes as UTF-8 where they are, else each byte as Latin-1; one entry per character.
function percentDecoded(escaped: string): string[] {
  const bytes = escaped.match(/%[0-9a-f]{2}/gi)?.map((b) => parseInt(b.slice(1), 16)) ?? []
  const out: string[] = []
  for (let i = 0; i < bytes.length;) {
    const lead = bytes[i] as number
    const size = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1
    const slice = bytes.slice(i, i + size)
    let char: string | null = null
    if (size === 1 || (slice.length === size && slice.slice(1).every((b) => b >> 6 === 2)))
      char = new TextDecoder('utf-8', { fatal: false }).decode(new Uint8Array(slice))
    if (char === null || char.includes('\ufffd')) {
      out.push(String.fromCharCode(lead))
      i += 1
    } else {
      out.push(char, ...Array.from({ length: size - 1 }, () => ''))
      i += size
    }
  }
  return out
}

function decodeOnce(text: string, origin: readonly number[]): Reading {
  let out = ''
  const map: number[] = []
  let at = 0
  const keep = (from: number, to: number) => {
    for (let i = from; i < to; i += 1) map.push(origin[i] ?? i)
    out += text.slice(from, to)
  }
  for (const match of text.matchAll(escapes)) {
    const [whole, decimal, hex, name, percent] = match
    const replacement: string[] | null = percent
      ? percentDecoded(percent)
      : decimal || hex
        ? [codeOf(parseInt((decimal ?? hex) as string, decimal ? 10 : 16)) ?? whole]
        : name
          ? [
              Object.hasOwn(named, name.toLowerCase())
                ? (named[name.toLowerCase()] as string)
                : whole,
            ]
          : [' ']
    keep(at, match.index)
    // Each decoded character comes from where its escape starts (three characters per byte).
    replacement.forEach((piece, k) => {
      const from = origin[match.index + (percent ? 3 * k : 0)] ?? match.index
      for (let u = 0; u < piece.length; u += 1) map.push(from)
      out += piece
    })
    at = match.index + whole.length
  }
  keep(at, text.length)
  return { text: out, origin: map }
}

/**
 * The text with HTML tags read as a space, character references (`&#52;`, `&nbsp;`) and
 * percent-escapes (`%20`, `%E2%80%8B`, twice-escaped `%2520`) decoded, up to three rounds; null
 * when it has none. A number hidden in markup (`<span>4111</span><span>1111</span>…`) or in a URL
 * (`4111%201111…`) reads as the number it is.
 */
export function decodedReading(text: string): Reading | null {
  if (!/[<&%]/.test(text)) return null
  let reading: Reading = { text, origin: Array.from({ length: text.length }, (_, i) => i) }
  let changed = false
  for (let round = 0; round < 3 && /[<&%]/.test(reading.text); round += 1) {
    const next = decodeOnce(reading.text, reading.origin)
    if (next.text === reading.text) break
    reading = next
    changed = true
  }
  return changed ? reading : null
}
