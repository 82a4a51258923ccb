// The Windows .ico container with PNG payloads (valid since Windows Vista): a 6-byte header, one
// 16-byte directory entry per image, then the PNG files back to back. Written by hand because the
// format is this small; each size is drawn natively, so no resizing library is needed.

/** One image of an icon: its edge in pixels and its PNG bytes. */
export interface IcoImage {
  readonly size: number
  readonly png: Buffer
}

const headerBytes = 6
const entryBytes = 16

/** Packs square PNG images (1..256 px) into one .ico file, smallest first. */
export function encodeIco(images: readonly IcoImage[]): Buffer {
  if (images.length === 0) throw new Error('an .ico needs at least one image')
  const sorted = [...images].sort((a, b) => a.size - b.size)
  const header = Buffer.alloc(headerBytes + entryBytes * sorted.length)
  header.writeUInt16LE(0, 0) // reserved
  header.writeUInt16LE(1, 2) // type 1 = icon
  header.writeUInt16LE(sorted.length, 4)
  let offset = header.length
  sorted.forEach((image, i) => {
    if (!Number.isInteger(image.size) || image.size < 1 || image.size > 256) {
      throw new Error(`icon size ${image.size} is outside 1..256`)
    }
    const at = headerBytes + i * entryBytes
    header.writeUInt8(image.size === 256 ? 0 : image.size, at) // width, 0 means 256
    header.writeUInt8(image.size === 256 ? 0 : image.size, at + 1) // height
    header.writeUInt8(0, at + 2) // palette colours: none
    header.writeUInt8(0, at + 3) // reserved
    header.writeUInt16LE(1, at + 4) // colour planes
    header.writeUInt16LE(32, at + 6) // bits per pixel
    header.writeUInt32LE(image.png.length, at + 8)
    header.writeUInt32LE(offset, at + 12)
    offset += image.png.length
  })
  return Buffer.concat([header, ...sorted.map((image) => image.png)])
}
