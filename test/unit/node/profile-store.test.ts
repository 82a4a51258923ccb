import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createProfileStore } from '../../../src/node/profile-store'
import { emptyBook, type ProfileBook } from '../../../src/shared/profile/schema'
import { fakeCipher } from '../../support/fake-cipher'
import { usProfile } from '../../support/profiles'

const book: ProfileBook = { schema: 2, activeId: 'main', profiles: [usProfile()] }
const tempDir = () => mkdtempSync(path.join(tmpdir(), 'paylight-store-'))

/** Writes a profile file whose encrypted payload is `plain`, as another version might have. */
function writeEncrypted(dir: string, cipher: ReturnType<typeof fakeCipher>, plain: string): void {
  const envelope = {
    format: 'paylight-profiles',
    encryption: 'safeStorage',
    data: cipher.encrypt(plain).toString('base64'),
  }
  writeFileSync(path.join(dir, 'profiles.dat'), JSON.stringify(envelope))
}

describe('createProfileStore', () => {
  it('round-trips the book, encrypted at rest', async () => {
    const dir = tempDir()
    const store = createProfileStore(dir, fakeCipher())
    await store.save(book)
    const onDisk = readFileSync(path.join(dir, 'profiles.dat'), 'utf8')
    expect(onDisk).not.toContain('41111111')
    expect(onDisk).not.toContain('Beverly')
    await expect(store.load()).resolves.toEqual({ book, notice: null })
  })

  it('starts empty when there is no file', async () => {
    await expect(createProfileStore(tempDir(), fakeCipher()).load()).resolves.toEqual({
      book: emptyBook,
      notice: null,
    })
  })

  it('moves a corrupt file aside, says where, and keeps running', async () => {
    const dir = tempDir()
    writeFileSync(path.join(dir, 'profiles.dat'), '{"format":"paylight-prof')
    const { book: loaded, notice } = await createProfileStore(dir, fakeCipher(), () =>
      Date.parse('2026-11-25T10:00:00Z'),
    ).load()
    expect(loaded).toEqual(emptyBook)
    expect(notice).toMatchObject({ kind: 'moved-aside', reason: 'undecryptable' })
    expect(readdirSync(dir)).toEqual(['profiles.undecryptable-2026-11-25T10-00-00-000Z.dat'])
  })

  it('moves aside a file encrypted with another key (tampered or from another machine)', async () => {
    const dir = tempDir()
    await createProfileStore(dir, fakeCipher()).save(book)
    const file = path.join(dir, 'profiles.dat')
    const envelope = JSON.parse(readFileSync(file, 'utf8')) as { data: string }
    const bytes = Buffer.from(envelope.data, 'base64')
    bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 0xff
    writeFileSync(file, JSON.stringify({ ...envelope, data: bytes.toString('base64') }))
    const { notice } = await createProfileStore(dir, fakeCipher()).load()
    expect(notice?.reason).toBe('undecryptable')
  })

  it('moves aside a decryptable file whose content is not a valid book', async () => {
    const dir = tempDir()
    const cipher = fakeCipher()
    writeEncrypted(dir, cipher, '{"schema":2,"profiles":"nope"}')
    expect((await createProfileStore(dir, cipher).load()).notice?.reason).toBe('corrupt')
  })

  it('migrates a schema-1 file (one profile) to schema 2', async () => {
    const dir = tempDir()
    const cipher = fakeCipher()
    const v1 = JSON.stringify({ schema: 1, profile: usProfile() })
    writeEncrypted(dir, cipher, v1)
    await expect(createProfileStore(dir, cipher).load()).resolves.toEqual({
      book: { schema: 2, activeId: 'main', profiles: [usProfile()] },
      notice: null,
    })
  })

  it('moves aside a file from a newer version instead of guessing', async () => {
    const dir = tempDir()
    const cipher = fakeCipher()
    writeEncrypted(dir, cipher, '{"schema":9}')
    expect((await createProfileStore(dir, cipher).load()).notice?.reason).toBe('unsupported')
  })

  it('refuses to write when the OS offers no encryption, leaving the old file as it was', async () => {
    const dir = tempDir()
    await createProfileStore(dir, fakeCipher()).save(book)
    const before = readFileSync(path.join(dir, 'profiles.dat'))
    const store = createProfileStore(dir, fakeCipher({ available: false }))
    await expect(store.save({ ...book, profiles: [] })).rejects.toThrow('encryption-unavailable')
    expect(readFileSync(path.join(dir, 'profiles.dat'))).toEqual(before)
    expect(store.protection()).toBe('unavailable')
  })

  it('tells the UI when Linux falls back to the basic_text backend', () => {
    expect(createProfileStore(tempDir(), fakeCipher({ backend: 'basic_text' })).protection()).toBe(
      'basic-text',
    )
    expect(createProfileStore(tempDir(), fakeCipher({ backend: 'kwallet5' })).protection()).toBe(
      'os-keychain',
    )
  })
})
