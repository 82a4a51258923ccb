import fc from 'fast-check'
import { encodeIco } from '../../../../scripts/icons/ico'
import { parseIco } from '../../../support/icon-files'

describe('encodeIco', () => {
  it('round-trips any set of square sizes and payloads, smallest first', () => {
    const image = fc.record({
      size: fc.integer({ min: 1, max: 256 }),
      png: fc.uint8Array({ minLength: 1, maxLength: 64 }).map((a) => Buffer.from(a)),
    })
    fc.assert(
      fc.property(fc.array(image, { minLength: 1, maxLength: 8 }), (images) => {
        const entries = parseIco(encodeIco(images))
        const expected = [...images].sort((a, b) => a.size - b.size)
        expect(entries.map((e) => e.size)).toEqual(expected.map((i) => i.size))
        expect(entries.map((e) => Buffer.from(e.payload))).toEqual(expected.map((i) => i.png))
        expect(entries.every((e) => e.bitsPerPixel === 32)).toBe(true)
      }),
    )
  })

  it('writes 256 px as 0 in the directory, as the format requires', () => {
    const bytes = encodeIco([{ size: 256, png: Buffer.from([1]) }])
    expect(bytes.readUInt8(6)).toBe(0)
    expect(bytes.readUInt8(7)).toBe(0)
  })

  it.each([0, 257, 16.5])('refuses a %s px image', (size) => {
    expect(() => encodeIco([{ size, png: Buffer.from([1]) }])).toThrow(/outside 1\.\.256/)
  })

  it('refuses an icon without images', () => {
    expect(() => encodeIco([])).toThrow(/at least one image/)
  })
})
