import { safeStorageCipher } from '../../../../src/main/setup/setup-cipher'

function fakeSafeStorage(backend: string) {
  return {
    isEncryptionAvailable: () => true,
    getSelectedStorageBackend: vi.fn(() => backend as 'basic_text'),
    encryptString: (plain: string) => Buffer.from([...plain].reverse().join('')),
    decryptString: (data: Buffer) => [...data.toString()].reverse().join(''),
  }
}

describe('safeStorageCipher', () => {
  it('reports the Linux backend, so a keyring-less setup can be shown as such', () => {
    expect(safeStorageCipher(fakeSafeStorage('basic_text'), 'linux').backend()).toBe('basic_text')
  })

  it('does not ask for a backend where Electron has none to report', () => {
    const storage = fakeSafeStorage('basic_text')
    expect(safeStorageCipher(storage, 'darwin').backend()).toBe('os')
    expect(storage.getSelectedStorageBackend).not.toHaveBeenCalled()
  })

  it('round-trips through safeStorage', () => {
    const cipher = safeStorageCipher(fakeSafeStorage('kwallet6'), 'win32')
    expect(cipher.isAvailable()).toBe(true)
    expect(cipher.decrypt(cipher.encrypt('profile'))).toBe('profile')
  })
})
