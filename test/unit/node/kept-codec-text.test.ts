import fc from 'fast-check'
import { utf8Text } from '../../../src/node/kept-codec'

const encodings: Record<string, (text: string) => Buffer> = {
  'UTF-8': (text) => Buffer.from(text, 'utf8'),
  'UTF-8 with a byte-order mark': (text) => Buffer.from(`\ufeff${text}`, 'utf8'),
  'UTF-16LE': (text) => Buffer.from(text, 'utf16le'),
  'UTF-16LE with a byte-order mark': (text) => Buffer.from(`\ufeff${text}`, 'utf16le'),
  'UTF-16BE with a byte-order mark': (text) => Buffer.from(`\ufeff${text}`, 'utf16le').swap16(),
}

describe('the text of a stored file', () => {
  it.each(Object.keys(encodings))('reads any JSON saved as %s (property)', (name) => {
    const encode = encodings[name] as (text: string) => Buffer
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const json = JSON.stringify(value)
        expect(utf8Text(encode(json))).toBe(json)
      }),
      { numRuns: 2000, seed: 17 },
    )
  })
})
