import type { SafeStorage } from 'electron'
import type { Cipher } from '../../node/profile-store'

/**
 * The profile file's cipher over Electron's safeStorage (Keychain, DPAPI, or the Linux secret
 * service). Linux reports its backend so a keyring-less "basic_text" setup is shown to the user.
 */
export function safeStorageCipher(
  safeStorage: Pick<
    SafeStorage,
    'isEncryptionAvailable' | 'getSelectedStorageBackend' | 'encryptString' | 'decryptString'
  >,
  platform: NodeJS.Platform,
): Cipher {
  return {
    isAvailable: () => safeStorage.isEncryptionAvailable(),
    backend: () => (platform === 'linux' ? safeStorage.getSelectedStorageBackend() : 'os'),
    encrypt: (plain) => safeStorage.encryptString(plain),
    decrypt: (data) => safeStorage.decryptString(data),
  }
}
