import { otherDigitRuns } from './digit-values.generated'

let values: Map<number, string> | null = null
let anyOther: RegExp | null = null

function table(): Map<number, string> {
  if (values) return values
  values = new Map()
  for (const run of otherDigitRuns.split(' ')) {
    const [, start, value, length] = /^([0-9a-f]+)\+(\d)(?:\*(\d+))?$/.exec(run) ?? []
    const from = parseInt(start ?? '', 16)
    for (let i = 0; i < Number(length ?? 1); i += 1) values.set(from + i, String(Number(value) + i))
  }
  return values
}

/**
 * The digit a character stands for by its Unicode numeric value when it is neither a decimal digit
 * nor NFKC-equivalent to one (➀ ⓵ ❶ ፩ 〇 一 二 〡 Ⅳ 𝍠 …), or null: a number can be written in them,
 * so the scan reads them as digits where they stand together (docs/using.md, the card profile).
 */
export function otherDigitValue(codePoint: number): string | null {
  return table().get(codePoint) ?? null
}

/** Whether a text holds any such character (most texts do not: then one reading is enough). */
export function hasOtherDigits(text: string): boolean {
  if (!anyOther) {
    const ranges = [...table().keys()].map((code) => `\\u{${code.toString(16)}}`).join('')
    anyOther = new RegExp(`[${ranges}]`, 'u')
  }
  return anyOther.test(text)
}
