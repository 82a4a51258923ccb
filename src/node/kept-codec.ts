/** What decoding a stored file's bytes found: the text, or why there is none yet. */
export type DecodeResult =
  | { readonly kind: 'ok'; readonly text: string; readonly reEncrypt: boolean }
  /** The keyring is not available right now (locked at login, a Keychain prompt): try later. */
  | { readonly kind: 'locked'; readonly detail: 'unavailable' | 'decrypt-failed' }
  /** The bytes are not this file's format at all. */
  | { readonly kind: 'corrupt' }

/** What encoding for disk gave: the bytes, or that encryption is not available (nothing is saved). */
export type EncodeResult =
  | { readonly ok: true; readonly data: string | Uint8Array }
  | { readonly ok: false; readonly reason: 'encryption-unavailable' }

/**
 * Turns a kept file's JSON text into bytes on disk and back: plain UTF-8 for settings and logs,
 * an encrypted envelope for card profiles.
 */
export interface KeptCodec {
  readonly encode: (text: string) => Promise<EncodeResult>
  readonly decode: (raw: Buffer) => Promise<DecodeResult>
}

// UTF-16 with its byte-order mark (Notepad's "Unicode"), or without one: JSON starts with an ASCII
// character, so a zero byte right after (little-endian) or right before it (big-endian) tells.
function utf16Order(raw: Buffer): 'le' | 'be' | null {
  if (raw.length < 2) return null
  if (raw[0] === 0xff && raw[1] === 0xfe) return 'le'
  if (raw[0] === 0xfe && raw[1] === 0xff) return 'be'
  const [first = 0, second = 0] = raw
  if (first !== 0 && first < 0x80 && second === 0) return 'le'
  if (first === 0 && second !== 0 && second < 0x80) return 'be'
  return null
}

/**
 * Text as PayLight reads a stored file: UTF-8, or UTF-16 where an editor saved it so (Notepad's
 * "Unicode"); a byte-order mark is not part of the content; invalid bytes become U+FFFD, which no
 * valid value contains.
 */
export function utf8Text(raw: Buffer): string {
  const order = utf16Order(raw)
  if (order === null) return raw.toString('utf8').replace(/^\ufeff/, '')
  const bytes = Buffer.from(raw.subarray(0, raw.length - (raw.length % 2)))
  if (order === 'be') bytes.swap16()
  return bytes.toString('utf16le').replace(/^\ufeff/, '')
}

/** Plain UTF-8 JSON: files that hold no card data. */
export const plainCodec: KeptCodec = {
  encode: async (text) => ({ ok: true, data: text }),
  decode: async (raw) => ({ kind: 'ok', text: utf8Text(raw), reEncrypt: false }),
}
