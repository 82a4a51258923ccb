import type { SafeStorage } from 'electron'
import type { Cipher } from '../../node/profile-store'

/**
 * The profile file's cipher over Electron's asynchronous safeStorage (Keychain, DPAPI, or the Linux
 * secret service; the synchronous calls are deprecated in Electron 45). Linux reports its backend
 * so a keyring-less "basic_text" setup is shown to the user; a decrypt that asks for it is
 * re-encrypted by the store.
 */
export function safeStorageCipher(
  safeStorage: Pick<
    SafeStorage,
    | 'isAsyncEncryptionAvailable'
    | 'getSelectedStorageBackend'
    | 'encryptStringAsync'
    | 'decryptStringAsync'
  >,
  platform: NodeJS.Platform,
): Cipher {
  return {
    isAvailable: () => safeStorage.isAsyncEncryptionAvailable(),
    backend: () => (platform === 'linux' ? safeStorage.getSelectedStorageBackend() : 'os'),
    encrypt: (plain) => safeStorage.encryptStringAsync(plain),
    decrypt: async (data) => {
      const { result, shouldReEncrypt } = await safeStorage.decryptStringAsync(data)
      return { text: result, shouldReEncrypt }
    },
  }
}
