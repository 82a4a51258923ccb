import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { createProfileStore } from '../../../src/node/profile-store'
import { emptyBook, type ProfileBook } from '../../../src/shared/profile/schema'
import { failingFs } from '../../support/failing-fs'
import { fakeCipher } from '../../support/fake-cipher'
import { usProfile } from '../../support/profiles'
import { useTempDirs } from '../../support/temp-dirs'

const book: ProfileBook = { schema: 3, activeId: 'main', profiles: [usProfile()] }
const tempDir = useTempDirs('paylight-store-')
const at = () => Date.parse('2026-11-25T10:00:00Z')
const file = (dir: string) => path.join(dir, 'profiles.dat')

/** Writes a profile file whose encrypted payload is `plain`, as another version might have. */
async function writeEncrypted(dir: string, plain: string): Promise<void> {
  const data = (await fakeCipher().encrypt(plain)).toString('base64')
  writeFileSync(
    file(dir),
    JSON.stringify({ format: 'paylight-profiles', encryption: 'safeStorage', data }),
  )
}

describe('createProfileStore', () => {
  it('round-trips the book, encrypted at rest', async () => {
    const dir = tempDir()
    const store = createProfileStore(dir, fakeCipher())
    await expect(store.save(book)).resolves.toEqual({ ok: true })
    const onDisk = readFileSync(file(dir), 'utf8')
    expect(onDisk).not.toContain('41111111')
    expect(onDisk).not.toContain('Beverly')
    await expect(createProfileStore(dir, fakeCipher()).load()).resolves.toEqual({
      kind: 'loaded',
      value: book,
      migrated: false,
    })
  })

  it('starts empty when there is no file', async () => {
    await expect(createProfileStore(tempDir(), fakeCipher()).load()).resolves.toEqual({
      kind: 'empty',
      value: emptyBook,
    })
  })

  it('moves a file that is not an envelope aside and keeps running', async () => {
    const dir = tempDir()
    writeFileSync(file(dir), '{"format":"paylight-prof')
    const result = await createProfileStore(dir, fakeCipher(), { now: at }).load()
    expect(result).toMatchObject({
      kind: 'moved-aside',
      value: emptyBook,
      aside: { reason: 'corrupt' },
    })
    expect(readdirSync(dir)).toEqual(['profiles.corrupt-2026-11-25T10-00-00-000Z.dat'])
  })

  it('keeps a file the keyring cannot decrypt in place and blocks writes (locked, not moved aside)', async () => {
    const dir = tempDir()
    await createProfileStore(dir, fakeCipher()).save(book)
    const envelope = JSON.parse(readFileSync(file(dir), 'utf8')) as { data: string }
    const bytes = Buffer.from(envelope.data, 'base64')
    bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 0xff
    writeFileSync(file(dir), JSON.stringify({ ...envelope, data: bytes.toString('base64') }))
    const before = readFileSync(file(dir))
    const store = createProfileStore(dir, fakeCipher())
    await expect(store.load()).resolves.toMatchObject({ kind: 'locked', detail: 'decrypt-failed' })
    await expect(store.save(book)).resolves.toMatchObject({
      ok: false,
      error: { code: 'blocked-locked' },
    })
    expect(readFileSync(file(dir))).toEqual(before)
    expect(readdirSync(dir)).toEqual(['profiles.dat'])
  })

  it('keeps the file when the keyring is locked at start, then loads it once the keyring answers', async () => {
    const dir = tempDir()
    await createProfileStore(dir, fakeCipher()).save(book)
    let unlocked = false
    const store = createProfileStore(dir, fakeCipher({ available: () => unlocked }))
    await expect(store.load()).resolves.toMatchObject({ kind: 'locked', detail: 'unavailable' })
    expect(store.protection()).toBe('unavailable')
    await expect(store.save(emptyBook)).resolves.toMatchObject({ ok: false })
    unlocked = true
    await expect(store.retry()).resolves.toMatchObject({ kind: 'loaded', value: book })
    expect(store.protection()).toBe('os-keychain')
  })

  it('re-encrypts when the keyring asks for it (a rotated key)', async () => {
    const dir = tempDir()
    await createProfileStore(dir, fakeCipher()).save(book)
    const before = readFileSync(file(dir), 'utf8')
    const cipher = fakeCipher({ reEncrypt: true })
    await expect(createProfileStore(dir, cipher).load()).resolves.toMatchObject({
      kind: 'loaded',
      value: book,
    })
    expect(cipher.encryptions()).toBe(1)
    expect(readFileSync(file(dir), 'utf8')).not.toBe(before)
  })

  it('moves aside a decryptable file whose content is not a valid book', async () => {
    const dir = tempDir()
    await writeEncrypted(dir, '{"schema":3,"profiles":"nope"}')
    await expect(createProfileStore(dir, fakeCipher()).load()).resolves.toMatchObject({
      aside: { reason: 'invalid' },
    })
  })

  it('migrates a schema-1 file (one profile) to schema 3 and writes it back', async () => {
    const dir = tempDir()
    await writeEncrypted(dir, JSON.stringify({ schema: 1, profile: usProfile() }))
    const migrated = { schema: 3, activeId: 'main', profiles: [usProfile()] }
    await expect(createProfileStore(dir, fakeCipher()).load()).resolves.toEqual({
      kind: 'loaded',
      value: migrated,
      migrated: true,
    })
    await expect(createProfileStore(dir, fakeCipher()).load()).resolves.toMatchObject({
      migrated: false,
    })
  })

  it('moves aside a file from a newer version instead of guessing', async () => {
    const dir = tempDir()
    await writeEncrypted(dir, '{"schema":9}')
    await expect(createProfileStore(dir, fakeCipher()).load()).resolves.toMatchObject({
      aside: { reason: 'future-version' },
    })
  })

  it('treats an existing file it cannot read (EISDIR, EACCES, EBUSY) as unreadable, never as empty', async () => {
    const dir = tempDir()
    mkdirSync(file(dir))
    const store = createProfileStore(dir, fakeCipher())
    await expect(store.load()).resolves.toMatchObject({ kind: 'unreadable', code: 'EISDIR' })
    await expect(store.save(book)).resolves.toMatchObject({
      ok: false,
      error: { code: 'blocked-unreadable' },
    })
    for (const code of ['EACCES', 'EBUSY']) {
      const other = tempDir()
      await createProfileStore(other, fakeCipher()).save(book)
      const blocked = createProfileStore(other, fakeCipher(), { fs: failingFs({ readFile: code }) })
      await expect(blocked.load()).resolves.toMatchObject({ kind: 'unreadable', code })
      await expect(blocked.save(emptyBook)).resolves.toMatchObject({ ok: false })
      await expect(createProfileStore(other, fakeCipher()).load()).resolves.toMatchObject({
        value: book,
      })
    }
  })

  it('refuses to write when the OS offers no encryption, leaving the old file as it was', async () => {
    const dir = tempDir()
    await createProfileStore(dir, fakeCipher()).save(book)
    const before = readFileSync(file(dir))
    const store = createProfileStore(dir, fakeCipher({ available: false }))
    await expect(store.save({ ...book, profiles: [] })).resolves.toEqual({
      ok: false,
      error: { code: 'encryption-unavailable' },
    })
    expect(readFileSync(file(dir))).toEqual(before)
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
