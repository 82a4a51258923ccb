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

/**
 * UTF-8 text as PayLight reads it: a byte-order mark (which editors such as Notepad add) is not
 * part of the content; invalid bytes become U+FFFD, which no valid value contains.
 */
export function utf8Text(raw: Buffer): string {
  return raw.toString('utf8').replace(/^\ufeff/, '')
}

/** Plain UTF-8 JSON: files that hold no card data. */
export const plainCodec: KeptCodec = {
  encode: async (text) => ({ ok: true, data: text }),
  decode: async (raw) => ({ kind: 'ok', text: utf8Text(raw), reEncrypt: false }),
}
