import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createProfileServices } from '../../../../../src/main/features/profiles/profile-service'
import { createProfileStore, type ProfileStore } from '../../../../../src/node/profile-store'
import { fakeCipher } from '../../../../support/fake-cipher'
import { usProfile } from '../../../../support/profiles'

async function setup(store?: ProfileStore) {
  const dir = mkdtempSync(path.join(tmpdir(), 'paylight-profiles-'))
  const exportFile = path.join(dir, 'export.json')
  let importFile: string | null = exportFile
  const changes: number[] = []
  const services = await createProfileServices(
    store ?? createProfileStore(dir, fakeCipher()),
    async () => ({ ok: false, reason: 'failed', retryAt: null, detail: 'offline' }),
    { chooseExportFile: async () => exportFile, chooseImportFile: async () => importFile },
    () => Date.parse('2026-11-25T10:00:00Z'),
    () => changes.push(1),
  )
  return {
    services,
    dir,
    exportFile,
    changes,
    setImport: (file: string | null) => (importFile = file),
  }
}

describe('createProfileServices', () => {
  it('saves a valid profile, makes it active and stamps the time', async () => {
    const { services, changes } = await setup()
    await expect(services.save(usProfile())).resolves.toEqual({ ok: true })
    expect(services.active()).toMatchObject({ id: 'main', updatedAt: '2026-11-25T10:00:00.000Z' })
    expect(changes).toHaveLength(1)
  })

  it('refuses bad input with messages and keeps what was saved before', async () => {
    const { services } = await setup()
    await services.save(usProfile())
    const result = await services.save({
      ...usProfile(),
      card: { ...usProfile().card, bin: '4111111111111111' },
    })
    expect(result).toMatchObject({ ok: false, errors: [{ code: 'full-card-number' }] })
    expect(services.active()?.card.bin).toBe('41111111')
  })

  it('keeps the saved profile when the disk write fails (full disk)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'paylight-profiles-'))
    const real = createProfileStore(dir, fakeCipher())
    let fail = false
    const flaky: ProfileStore = {
      ...real,
      save: async (book) =>
        fail ? Promise.reject(new Error('ENOSPC: no space left on device')) : real.save(book),
    }
    const { services } = await setup(flaky)
    await services.save(usProfile())
    fail = true
    const result = await services.save({ ...usProfile(), label: 'changed' })
    expect(result).toMatchObject({ ok: false, errors: [{ code: 'save-failed' }] })
    expect(services.active()?.label).toBe('Main card')
    expect((await real.load()).book.profiles[0]?.label).toBe('Main card')
  })

  it('keeps a second profile and switches between them', async () => {
    const { services } = await setup()
    await services.save(usProfile())
    await services.save({ ...usProfile(), id: 'work', label: 'Work card' })
    expect(services.active()?.id).toBe('work')
    await services.activate('main')
    expect(services.active()?.id).toBe('main')
    await services.remove('main')
    expect(services.active()?.id).toBe('work')
  })

  it('exports plain JSON and imports it back', async () => {
    const first = await setup()
    await first.services.save(usProfile())
    await expect(first.services.exportTo()).resolves.toEqual({ ok: true, file: first.exportFile })
    const exported = JSON.parse(readFileSync(first.exportFile, 'utf8')) as {
      format: string
      profiles: unknown[]
    }
    expect(exported).toMatchObject({
      format: 'paylight-profile-export',
      schema: 2,
      activeId: 'main',
    })
    const second = await setup()
    second.setImport(first.exportFile)
    await expect(second.services.importFrom()).resolves.toEqual({ ok: true, imported: 1 })
    expect(second.services.active()?.card.bin).toBe('41111111')
  })

  it('refuses an import with a full card number or a CVC, and changes nothing', async () => {
    const { services, dir, setImport } = await setup()
    await services.save(usProfile())
    const bad = path.join(dir, 'bad.json')
    writeFileSync(
      bad,
      JSON.stringify({ ...usProfile(), id: 'other', card: { ...usProfile().card, cvc: '123' } }),
    )
    setImport(bad)
    await expect(services.importFrom()).resolves.toMatchObject({
      ok: false,
      reason: 'invalid',
      errors: [{ code: 'security-code' }],
    })
    writeFileSync(bad, '{ not json')
    await expect(services.importFrom()).resolves.toMatchObject({
      ok: false,
      reason: 'invalid',
      detail: 'not JSON',
    })
    expect(services.info().book.profiles.map((p) => p.id)).toEqual(['main'])
  })

  it('does nothing when the user cancels a file dialog', async () => {
    const { services, setImport } = await setup()
    setImport(null)
    await expect(services.importFrom()).resolves.toEqual({ ok: false, reason: 'cancelled' })
  })
})
