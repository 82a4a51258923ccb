// `npm run card-figures`: the card-number scanner's figures from the test data in
// test/fixtures/card-numbers/ — spellings of real card numbers that were not refused (goal 0),
// and real text (addresses, phone numbers, order and invoice numbers, timestamps) that was
// refused (goal 0). Uses only `scanForCardNumbers`, so the same script measures any version.
import { realText, generatedRealText } from '../test/fixtures/card-numbers/real-text'
import { spellings, structuredSpellings } from '../test/fixtures/card-numbers/spellings'
import { scanForCardNumbers } from '../src/shared/profile/card-number-scan'
import * as validate from '../src/shared/profile/validate'

// The order profile fields are stored and shown in, where this version has one.
const order = (validate as { profileFieldOrder?: unknown }).profileFieldOrder ?? null
const refused = (value: unknown) =>
  (scanForCardNumbers as (value: unknown, order?: unknown) => readonly unknown[])(value, order)
    .length > 0

const spelled = spellings()
const structured = structuredSpellings()
const missed = [
  ...spelled.filter(([, text]) => !refused({ line1: text })).map(([name]) => name),
  ...structured.filter(([, value]) => !refused(value)).map(([name]) => name),
]
const corpus = realText()
const byKind = new Map<string, { total: number; refused: string[] }>()
for (const [kind, text] of corpus) {
  const entry = byKind.get(kind) ?? { total: 0, refused: [] }
  entry.total += 1
  if (refused({ line1: text })) entry.refused.push(text)
  byKind.set(kind, entry)
}
const large = generatedRealText(1000)
const largeRefused = large.filter(([, text]) => refused({ line1: text })).length
// Contiguous 19-digit order numbers (Taobao-style): indistinguishable from a 19-digit card number
// when they pass its checks; measured, not hidden.
let seed = 7
const next = () => {
  seed = (seed * 1_664_525 + 1_013_904_223) >>> 0
  return seed / 2 ** 32
}
const taobao = Array.from({ length: 2000 }, () =>
  [
    String(1 + Math.floor(next() * 4)),
    ...Array.from({ length: 18 }, () => Math.floor(next() * 10)),
  ].join(''),
)
const taobaoRefused = taobao.filter((id) => refused({ line1: `订单号 ${id}` })).length
// 13-digit parcel numbers that start with 43 look like 13-digit Visa numbers when they pass Luhn:
// measured, not hidden either.
const parcels = Array.from(
  { length: 2000 },
  () => `43${Array.from({ length: 11 }, () => Math.floor(next() * 10)).join('')}`,
)
const parcelsRefused = parcels.filter((id) => refused({ line1: `运单号 ${id}` })).length

const figures = {
  spellingsTried: spelled.length + structured.length,
  spellingsNotRefused: missed.length,
  missed: missed.slice(0, 20),
  realText: corpus.length,
  realTextRefused: [...byKind.values()].reduce((n, e) => n + e.refused.length, 0),
  realTextByKind: Object.fromEntries(
    [...byKind].map(([kind, e]) => [
      kind,
      { total: e.total, refused: e.refused.length, examples: e.refused.slice(0, 3) },
    ]),
  ),
  generatedRealText: large.length,
  generatedRealTextRefused: largeRefused,
  contiguous19DigitOrderIds: taobao.length,
  contiguous19DigitOrderIdsRefused: taobaoRefused,
  parcelNumbers13DigitsFrom43: parcels.length,
  parcelNumbers13DigitsFrom43Refused: parcelsRefused,
}
if (process.argv.includes('--json')) process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`)
else {
  const lines = [
    `card-number spellings tried: ${figures.spellingsTried}; not refused: ${figures.spellingsNotRefused}`,
    ...figures.missed.map((name) => `  missed: ${name}`),
    ...(figures.spellingsNotRefused > figures.missed.length ? ['  …'] : []),
    `real text (hand-written and generated): ${figures.realText}; refused: ${figures.realTextRefused}`,
    ...Object.entries(figures.realTextByKind).map(
      ([kind, e]) =>
        `  ${kind}: ${e.refused}/${e.total}${e.examples.length ? ` e.g. ${JSON.stringify(e.examples[0])}` : ''}`,
    ),
    `a larger generated sample: ${figures.generatedRealText}; refused: ${figures.generatedRealTextRefused}`,
    `contiguous 19-digit order ids: ${figures.contiguous19DigitOrderIds}; refused: ${figures.contiguous19DigitOrderIdsRefused}`,
    `13-digit parcel numbers from 43: ${figures.parcelNumbers13DigitsFrom43}; refused: ${figures.parcelNumbers13DigitsFrom43Refused}`,
  ]
  process.stdout.write(`${lines.join('\n')}\n`)
}
