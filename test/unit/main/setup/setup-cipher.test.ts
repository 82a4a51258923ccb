import { safeStorageCipher } from '../../../../src/main/setup/setup-cipher'

function fakeSafeStorage(backend: string, shouldReEncrypt = false) {
  return {
    isAsyncEncryptionAvailable: async () => true,
    getSelectedStorageBackend: vi.fn(() => backend as 'basic_text'),
    encryptStringAsync: async (plain: string) => Buffer.from([...plain].reverse().join('')),
    decryptStringAsync: async (data: Buffer) => ({
      result: [...data.toString()].reverse().join(''),
      shouldReEncrypt,
    }),
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

  it('round-trips through the asynchronous safeStorage API', async () => {
    const cipher = safeStorageCipher(fakeSafeStorage('kwallet6'), 'win32')
    await expect(cipher.isAvailable()).resolves.toBe(true)
    await expect(cipher.decrypt(await cipher.encrypt('profile'))).resolves.toEqual({
      text: 'profile',
      shouldReEncrypt: false,
    })
  })

  it('passes on safeStorage asking for re-encryption', async () => {
    const cipher = safeStorageCipher(fakeSafeStorage('kwallet6', true), 'linux')
    await expect(cipher.decrypt(Buffer.from('x'))).resolves.toEqual({
      text: 'x',
      shouldReEncrypt: true,
    })
  })
})
