import fc from 'fast-check'
import { z } from 'zod'
import { openKeptFile } from '../../src/node/kept-file'
import { formatLogLine, parseLogLine, parseLogText } from '../../src/node/log-lines'
import { memoryFs } from '../support/memory-fs'
import { runs } from './support'

const entrySchema = z.object({ code: z.string(), n: z.number() })
const rules = { version: 2, schema: entrySchema, migrations: { 1: (e: unknown) => e } }
const record = fc.record({
  at: fc.integer({ min: 0, max: 4_000_000_000_000 }),
  entry: fc.record({ code: fc.string({ maxLength: 12 }), n: fc.integer() }),
})
/** A line that is not a valid entry: junk, other JSON, or a newer version's line. */
const badLine = fc
  .oneof(
    fc.string({ maxLength: 40 }),
    fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify(v)),
    record.map((r) => JSON.stringify({ v: 3, at: r.at, e: r.entry })),
  )
  .map((text) => text.replace(/\n/g, ' '))
  .filter((text) => parseLogLine(text, rules) === null)

describe('log lines (property)', { timeout: 60_000 }, () => {
  it('never throws and keeps every valid entry, in order, whatever surrounds it', () => {
    const line = fc.oneof(
      record.map((r) => ({ valid: r, text: formatLogLine(r, 2).trimEnd() })),
      badLine.map((text) => ({ valid: null, text })),
    )
    fc.assert(
      fc.property(
        fc.array(line, { maxLength: 12 }),
        fc.option(record),
        fc.nat(),
        (lines, torn, cut) => {
          const tornText = torn ? formatLogLine(torn, 2).slice(0, 1 + (cut % 20)) : ''
          const text = lines.map((l) => `${l.text}\n`).join('') + tornText
          const parsed = parseLogText(text, rules)
          const expected = lines.flatMap((l) => (l.valid ? [l.valid] : []))
          expect(parsed.records).toEqual(expected)
          expect(parsed.skipped).toBe(
            lines.length - expected.length - lines.filter((l) => l.text.trim() === '').length,
          )
          expect(parsed.tornTail).toBe(tornText.trim() !== '')
        },
      ),
      runs,
    )
  })
})

describe('kept-file loader (property)', { timeout: 60_000 }, () => {
  const docSchema = z.object({ version: z.literal(2), items: z.array(z.string()) })
  const doc = fc.record({
    version: fc.constant(2 as const),
    items: fc.array(fc.string({ maxLength: 8 }), { maxLength: 5 }),
  })
  const content = fc.oneof(
    doc.map((d) => ({ valid: d as z.infer<typeof docSchema> | null, text: JSON.stringify(d) })),
    fc
      .oneof(
        fc.string({ maxLength: 60 }),
        fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
      )
      .filter((text) => !docSchema.safeParse(safeJson(text)).success)
      .map((text) => ({ valid: null, text })),
  )

  it('never throws; a valid file loads as is, anything else is kept byte for byte aside', async () => {
    await fc.assert(
      fc.asyncProperty(content, async ({ valid, text }) => {
        const { fs, files } = memoryFs(new Map([['/d/things.json', Buffer.from(text)]]))
        const kept = openKeptFile({
          dir: '/d',
          name: 'things.json',
          version: 2,
          schema: docSchema,
          empty: { version: 2 as const, items: [] },
          fs,
          now: () => 0,
        })
        const result = await kept.load()
        if (valid) {
          expect(result).toEqual({ kind: 'loaded', value: valid, migrated: false })
          return
        }
        expect(result.kind).toBe('moved-aside')
        const aside = [...files.entries()].filter(([name]) => name !== '/d/things.json')
        expect(aside.map(([, data]) => data.toString())).toEqual([text])
        expect(files.has('/d/things.json')).toBe(false)
      }),
      runs,
    )
  })
})

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}
