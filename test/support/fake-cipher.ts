import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'
import { createProfileStore, type Cipher } from '../../src/node/profile-store'

const key = Buffer.alloc(32, 7)

/** How a fake keyring behaves; `available` may change between calls (a keyring unlocked later). */
export interface FakeCipherOptions {
  readonly available?: boolean | (() => boolean)
  readonly backend?: string
  /** Decrypt answers `shouldReEncrypt: true`, as after a key rotation. */
  readonly reEncrypt?: boolean
}

/** Stands in for safeStorage's async API: real AES-GCM with a fixed test key, so tampering fails. */
export function fakeCipher(
  options: FakeCipherOptions = {},
): Cipher & { encryptions: () => number } {
  const available = () =>
    typeof options.available === 'function' ? options.available() : (options.available ?? true)
  let encryptions = 0
  return {
    encryptions: () => encryptions,
    isAvailable: async () => available(),
    backend: () => options.backend ?? 'gnome_libsecret',
    encrypt: async (plain) => {
      if (!available()) throw new Error('Encryption is not available.')
      encryptions += 1
      const iv = randomBytes(12)
      const cipher = createCipheriv('aes-256-gcm', key, iv)
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()])
      return Buffer.concat([iv, cipher.getAuthTag(), body])
    },
    decrypt: async (data) => {
      if (!available()) throw new Error('Decryption is not available.')
      const decipher = createDecipheriv('aes-256-gcm', key, data.subarray(0, 12))
      decipher.setAuthTag(data.subarray(12, 28))
      const text = Buffer.concat([decipher.update(data.subarray(28)), decipher.final()]).toString(
        'utf8',
      )
      return { text, shouldReEncrypt: options.reEncrypt ?? false }
    },
  }
}

/**
 * A keyring that holds every decryption until `unlock()`, as a keychain prompt the user has not
 * answered yet does; encryption works meanwhile (writing the file first needs no prompt here).
 */
export function promptingCipher(options: FakeCipherOptions = {}) {
  const inner = fakeCipher(options)
  let unlock: () => void = () => undefined
  const answered = new Promise<void>((resolve) => (unlock = resolve))
  let asked = 0
  const cipher: Cipher = {
    ...inner,
    decrypt: async (data) => {
      asked += 1
      await answered
      return inner.decrypt(data)
    },
  }
  return { cipher, unlock: () => unlock(), asked: () => asked }
}

/** The profile ids in the file on disk, read back through a fresh store with the fake keyring. */
export async function savedProfileIds(dir: string): Promise<string[]> {
  const store = createProfileStore(dir, fakeCipher())
  await store.load()
  return store
    .value()
    .profiles.map((p) => p.id)
    .sort()
}
