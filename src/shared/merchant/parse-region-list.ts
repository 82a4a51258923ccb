/** Looks up a country name (English or Chinese); returns an ISO 3166-1 alpha-2 code or undefined. */
export type NameToCode = (name: string) => string | undefined

// Spellings merchants' pages use that the ISO name tables do not know.
const aliases: Readonly<Record<string, string>> = {
  'congo (brazzaville)': 'CG',
  'congo, republic of the': 'CG',
  'congo (drc)': 'CD',
  'congo (kinshasa)': 'CD',
  'congo, democratic republic of the': 'CD',
  'democratic republic of the congo': 'CD',
  'holy see (vatican city)': 'VA',
  'holy see': 'VA',
  'cabo verde': 'CV',
  brunei: 'BN',
  laos: 'LA',
  micronesia: 'FM',
  moldova: 'MD',
  'eswatini (swaziland)': 'SZ',
  'czechia (czech republic)': 'CZ',
  'south korea': 'KR',
  'korea, south': 'KR',
  taiwan: 'TW',
  'united states of america': 'US',
  'united states': 'US',
  'united kingdom': 'GB',
  vietnam: 'VN',
  'timor-leste (east timor)': 'TL',
  'timor-leste': 'TL',
  'côte d’ivoire': 'CI',
  "cote d'ivoire": 'CI',
  türkiye: 'TR',
  'türkiye (turkey)': 'TR',
  'sao tome and principe': 'ST',
  'são tomé and príncipe': 'ST',
  // Simplified Chinese spellings of the merchants' Chinese pages.
  波斯尼亚和黑塞哥维那: 'BA',
  刚果共和国: 'CG',
  '刚果(布)': 'CG',
  '刚果(金)': 'CD',
  多米尼加共和国: 'DO',
  圣座: 'VA',
  教廷: 'VA',
  印度尼西亚: 'ID',
  密克罗尼西亚: 'FM',
  台湾: 'TW',
  东帝汶民主共和国: 'TL',
  阿拉伯联合酋长国: 'AE',
  美国: 'US',
  美利坚合众国: 'US',
  英国: 'GB',
  韩国: 'KR',
}

/** Pulls list items out of a saved page: `<li>` elements in HTML, bullet lines in plain text. */
export function listItems(page: string): string[] {
  const decode = (s: string) =>
    s
      .replace(/<[^>]*>/g, '')
      .replace(/&amp;/g, '&')
      .replace(/&#39;|&#x27;|&apos;|&rsquo;/g, "'")
      .replace(/&nbsp;/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  if (/<li[\s>]/i.test(page))
    return [...page.matchAll(/<li[^>]*>([\s\S]*?)<\/li>/gi)].map((m) => decode(m[1] ?? ''))
  return page
    .split('\n')
    .map((line) => /^\s*(?:[•*-]|\d+\.)\s+(.+)$/.exec(line)?.[1] ?? '')
    .map((item) => decode(item))
    .filter(Boolean)
}

/** Maps one listed name to a code: aliases first, then the name, the part before "(", the part in it. */
export function codeForName(name: string, lookup: NameToCode): string | undefined {
  const plain = name.trim().replace(/’/g, "'").replace(/（/g, '(').replace(/）/g, ')')
  const outer = plain.replace(/\s*\(.*\)\s*$/, '')
  const inner = /\(([^)]*)\)/.exec(plain)?.[1]
  const alias = aliases[plain.toLowerCase()] ?? aliases[outer.toLowerCase()]
  if (alias) return alias
  return lookup(plain) ?? lookup(outer) ?? (inner ? lookup(inner) : undefined)
}

/**
 * The codes of a machine-kept list: one ISO 3166-1 alpha-2 code per line, `#` comments; null when
 * the text is not such a list (any other non-comment line).
 */
export function isoCodeLines(text: string): string[] | null {
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
  return lines.length > 0 && lines.every((line) => /^[A-Z]{2}$/.test(line)) ? lines : null
}

/** The codes of every listed name, and the names no table could place (for a person to check). */
export function parseRegionList(
  page: string,
  lookup: NameToCode,
): { readonly codes: readonly string[]; readonly unplaced: readonly string[] } {
  const iso = isoCodeLines(page)
  if (iso) return { codes: [...new Set(iso)].sort(), unplaced: [] }
  const codes = new Set<string>()
  const unplaced: string[] = []
  for (const item of listItems(page)) {
    const code = codeForName(item, lookup)
    if (code) codes.add(code)
    else unplaced.push(item)
  }
  return { codes: [...codes].sort(), unplaced }
}
