import { createLogger } from '../shared/util/logger'
import { bookMigrations, currentBookSchema } from '../shared/profile/migrations'
import { emptyBook, profileBookSchema, type ProfileBook } from '../shared/profile/schema'
import type { Protection } from '../shared/profile/storage-types'
import { utf8Text, type KeptCodec } from './kept-codec'
import { openKeptFile, type KeptFile } from './kept-file'
import type { KeptFs } from './kept-fs'

/** Electron's asynchronous safeStorage, narrowed: tests pass a fake cipher. */
export interface Cipher {
  isAvailable(): Promise<boolean>
  /** The OS backend ('basic_text' on Linux without a keyring means a built-in key: say so). */
  backend(): string
  encrypt(plain: string): Promise<Buffer>
  /** The text, and whether the OS asks for it to be encrypted again (a rotated key). */
  decrypt(data: Buffer): Promise<{ readonly text: string; readonly shouldReEncrypt: boolean }>
}

const log = createLogger('profile-store')
/** The profile file's name in the data folder. */
export const PROFILE_FILE = 'profiles.dat'

interface Envelope {
  readonly format: 'paylight-profiles'
  readonly encryption: 'safeStorage'
  readonly data: string
}

const isEnvelope = (value: unknown): value is Envelope =>
  value !== null &&
  typeof value === 'object' &&
  (value as Partial<Envelope>).format === 'paylight-profiles' &&
  typeof (value as Partial<Envelope>).data === 'string'

/**
 * The encrypted envelope around the book. A keyring that cannot answer now (locked at login, a
 * Keychain prompt) or cannot decrypt leaves the file in place as "locked": it is never moved aside
 * for that, and nothing is written until it answers (retried) or the user starts fresh.
 */
function envelopeCodec(cipher: Cipher, seen: (available: boolean) => void): KeptCodec {
  return {
    async encode(text) {
      const available = await cipher.isAvailable().catch(() => false)
      seen(available)
      if (!available) return { ok: false, reason: 'encryption-unavailable' }
      try {
        const data = (await cipher.encrypt(text)).toString('base64')
        const envelope: Envelope = { format: 'paylight-profiles', encryption: 'safeStorage', data }
        return { ok: true, data: JSON.stringify(envelope) }
      } catch (error) {
        log.error('could not encrypt profiles', { error: String(error) })
        return { ok: false, reason: 'encryption-unavailable' }
      }
    },
    async decode(raw) {
      let envelope: unknown
      try {
        envelope = JSON.parse(utf8Text(raw))
      } catch {
        return { kind: 'corrupt' }
      }
      if (!isEnvelope(envelope)) return { kind: 'corrupt' }
      const available = await cipher.isAvailable().catch(() => false)
      seen(available)
      if (!available) return { kind: 'locked', detail: 'unavailable' }
      try {
        const { text, shouldReEncrypt } = await cipher.decrypt(Buffer.from(envelope.data, 'base64'))
        return { kind: 'ok', text, reEncrypt: shouldReEncrypt }
      } catch (error) {
        log.warn('keyring could not decrypt the profiles; kept in place', { error: String(error) })
        return { kind: 'locked', detail: 'decrypt-failed' }
      }
    },
  }
}

/** Where and how the profile store runs (the clock and fs layer are for tests). */
export interface ProfileStoreOptions {
  readonly now?: () => number
  readonly fs?: KeptFs
}

/**
 * The card profiles on disk: a kept file (atomic, versioned, moved aside when broken, blocking
 * when unreadable) whose content is encrypted with the OS keychain; nothing is saved without it.
 */
export function createProfileStore(dir: string, cipher: Cipher, options: ProfileStoreOptions = {}) {
  let available: boolean | null = null
  const file: KeptFile<ProfileBook> = openKeptFile({
    dir,
    name: PROFILE_FILE,
    version: currentBookSchema,
    schema: profileBookSchema,
    migrations: bookMigrations,
    versionOf: (data) => (typeof data.schema === 'number' ? data.schema : null),
    empty: emptyBook,
    codec: envelopeCodec(cipher, (seen) => (available = seen)),
    log,
    ...options,
  })
  return {
    ...file,
    /** How the book is protected, as last seen: the UI must say when it is not the OS keychain. */
    protection: (): Protection =>
      available === false
        ? 'unavailable'
        : cipher.backend() === 'basic_text'
          ? 'basic-text'
          : 'os-keychain',
    /** Asks the keyring again; used before a retry so the window shows the current answer. */
    checkAvailable: async () => {
      available = await cipher.isAvailable().catch(() => false)
      return available
    },
  }
}

/** The store's shape, for injection. */
export type ProfileStore = ReturnType<typeof createProfileStore>
