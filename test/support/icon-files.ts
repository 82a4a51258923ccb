// Independent readers for the icon formats the packaging writes, so tests check the bytes that ship
// rather than trusting the writer.

/** One image of an .ico as its directory entry describes it. */
export interface IcoEntry {
  readonly size: number
  readonly bitsPerPixel: number
  readonly payload: Buffer
}

/** Reads an .ico directory; throws on anything that is not a well-formed icon file. */
export function parseIco(bytes: Buffer): readonly IcoEntry[] {
  if (bytes.readUInt16LE(0) !== 0 || bytes.readUInt16LE(2) !== 1) throw new Error('not an icon')
  const count = bytes.readUInt16LE(4)
  return Array.from({ length: count }, (_, i) => {
    const at = 6 + i * 16
    const width = bytes.readUInt8(at) || 256
    const height = bytes.readUInt8(at + 1) || 256
    if (width !== height) throw new Error(`entry ${i} is not square`)
    const length = bytes.readUInt32LE(at + 8)
    const offset = bytes.readUInt32LE(at + 12)
    if (offset + length > bytes.length) throw new Error(`entry ${i} runs past the end`)
    return {
      size: width,
      bitsPerPixel: bytes.readUInt16LE(at + 6),
      payload: bytes.subarray(offset, offset + length),
    }
  })
}

const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

/** Width and height from a PNG's IHDR chunk (the first chunk after the signature). */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  if (!bytes.subarray(0, 8).equals(pngSignature)) throw new Error('not a PNG')
  if (bytes.toString('latin1', 12, 16) !== 'IHDR') throw new Error('PNG without IHDR first')
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}
