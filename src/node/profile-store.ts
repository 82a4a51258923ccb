import { rename } from 'node:fs/promises'
import path from 'node:path'
import { createLogger } from '../shared/logger'
import { emptyBook, profileBookSchema, type ProfileBook } from '../shared/profile/schema'
import { migrateBook } from '../shared/profile/migrations'
import type { Protection, StorageNotice } from '../shared/profile/storage-types'
import { readFileIfExists, writeFileAtomic } from './atomic-file'

/** Electron's safeStorage, narrowed: tests pass a fake cipher. */
export interface Cipher {
  isAvailable(): boolean
  /** The OS backend ('basic_text' on Linux without a keyring means a built-in key: say so). */
  backend(): string
  encrypt(plain: string): Buffer
  decrypt(data: Buffer): string
}

const log = createLogger('profile-store')
const FILE = 'profiles.dat'

interface Envelope {
  readonly format: 'paylight-profiles'
  readonly encryption: 'safeStorage'
  readonly data: string
}

/**
 * The card profiles on disk: encrypted with the OS keychain (safeStorage), written atomically, read
 * through migrations. A file that cannot be read is moved aside (never deleted) and the app carries
 * on with no profile, telling the user where the old file went.
 */
export function createProfileStore(dir: string, cipher: Cipher, now: () => number = Date.now) {
  const file = path.join(dir, FILE)
  const protection = (): Protection =>
    !cipher.isAvailable()
      ? 'unavailable'
      : cipher.backend() === 'basic_text'
        ? 'basic-text'
        : 'os-keychain'

  const moveAside = async (reason: StorageNotice['reason']): Promise<StorageNotice> => {
    const stamp = new Date(now()).toISOString().replace(/[:.]/g, '-')
    const target = path.join(dir, `profiles.${reason}-${stamp}.dat`)
    await rename(file, target)
    log.warn('profile file moved aside', { reason, target })
    return { kind: 'moved-aside', file: target, reason }
  }

  return {
    protection,
    async load(): Promise<{ book: ProfileBook; notice: StorageNotice | null }> {
      const raw = await readFileIfExists(file)
      if (!raw) return { book: emptyBook, notice: null }
      let plain: string
      try {
        const envelope = JSON.parse(raw.toString('utf8')) as Partial<Envelope>
        if (envelope.format !== 'paylight-profiles' || typeof envelope.data !== 'string')
          throw new Error('not an envelope')
        plain = cipher.decrypt(Buffer.from(envelope.data, 'base64'))
      } catch {
        return {
          book: emptyBook,
          notice: await moveAside(cipher.isAvailable() ? 'undecryptable' : 'unsupported'),
        }
      }
      try {
        const migrated = migrateBook(JSON.parse(plain))
        if (!migrated) return { book: emptyBook, notice: await moveAside('unsupported') }
        return { book: profileBookSchema.parse(migrated), notice: null }
      } catch {
        return { book: emptyBook, notice: await moveAside('corrupt') }
      }
    },
    /** Refuses to write unencrypted: if the OS offers no encryption, nothing is stored. */
    async save(book: ProfileBook): Promise<void> {
      if (!cipher.isAvailable()) throw new Error('encryption-unavailable')
      const valid = profileBookSchema.parse(book)
      const envelope: Envelope = {
        format: 'paylight-profiles',
        encryption: 'safeStorage',
        data: cipher.encrypt(JSON.stringify(valid)).toString('base64'),
      }
      await writeFileAtomic(file, JSON.stringify(envelope))
    },
  }
}

/** The store's shape, for injection. */
export type ProfileStore = ReturnType<typeof createProfileStore>
