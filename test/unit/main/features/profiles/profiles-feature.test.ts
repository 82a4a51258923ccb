import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { createProfilesFeature } from '../../../../../src/main/features/profiles/profiles-feature'
import { createProfileStore, type ProfileStore } from '../../../../../src/node/profile-store'
import { failingFs } from '../../../../support/failing-fs'
import { fakeCipher } from '../../../../support/fake-cipher'
import { usProfile } from '../../../../support/profiles'
import { useTempDirs } from '../../../../support/temp-dirs'

const tempDir = useTempDirs('paylight-profiles-')

async function setup(store?: ProfileStore, folder?: string) {
  const dir = folder ?? tempDir()
  const exportFile = path.join(dir, 'export.json')
  let importFile: string | null = exportFile
  const changes: number[] = []
  const feature = createProfilesFeature({
    profileStore: store ?? createProfileStore(dir, fakeCipher()),
    files: { chooseExportFile: async () => exportFile, chooseImportFile: async () => importFile },
    fetch: () => Promise.reject(new Error('offline')),
    now: () => Date.parse('2026-11-25T10:00:00Z'),
    storage: { report: () => undefined },
    onChange: () => changes.push(1),
  })
  // The feature's channels, as the window calls them.
  const services = {
    ...feature.ipc,
    save: feature.ipc.saveProfile,
    activate: feature.ipc.setActiveProfile,
    remove: feature.ipc.deleteProfile,
    exportTo: feature.ipc.exportProfiles,
    importFrom: feature.ipc.importProfiles,
    active: feature.active,
    book: () => feature.slice().profiles.book,
  }
  await feature.loaded
  changes.length = 0
  return {
    services,
    dir,
    exportFile,
    changes,
    setImport: (file: string | null) => (importFile = file),
  }
}

describe('createProfilesFeature', () => {
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
    expect(services.active()?.card.bin).toBe('411111')
  })

  it('keeps the saved profile when the disk write fails (full disk)', async () => {
    const dir = tempDir()
    await (await setup(undefined, dir)).services.save(usProfile())
    const full = createProfileStore(dir, fakeCipher(), {
      fs: failingFs({ writeFileAtomic: 'ENOSPC' }),
    })
    const { services } = await setup(full, dir)
    const result = await services.save({ ...usProfile(), label: 'changed' })
    expect(result).toMatchObject({ ok: false, errors: [{ code: 'save-failed' }] })
    expect(result.ok ? '' : result.errors[0]?.message.zh).toContain('保存失败')
    expect(services.active()?.label).toBe('Main card')
    expect((await createProfileStore(dir, fakeCipher()).load()).value.profiles[0]?.label).toBe(
      'Main card',
    )
  })

  it('never overwrites a profile file that exists but cannot be read (the old data-loss bug)', async () => {
    const snapshot = (dir: string) =>
      readdirSync(dir, { withFileTypes: true }).map((e) =>
        e.isDirectory()
          ? [e.name, 'dir']
          : [e.name, readFileSync(path.join(dir, e.name), 'base64')],
      )
    const cases: ((dir: string) => Promise<ProfileStore>)[] = [
      async (dir) => {
        mkdirSync(path.join(dir, 'profiles.dat'))
        return createProfileStore(dir, fakeCipher())
      },
      ...['EACCES', 'EBUSY', 'EPERM'].map((code) => async (dir: string) => {
        await createProfileStore(dir, fakeCipher()).save({
          schema: 3,
          activeId: 'main',
          profiles: [usProfile()],
        })
        return createProfileStore(dir, fakeCipher(), { fs: failingFs({ readFile: code }) })
      }),
    ]
    for (const make of cases) {
      const dir = tempDir()
      const store = await make(dir)
      const before = snapshot(dir)
      const { services } = await setup(store, dir)
      expect(store.status().kind).toBe('unreadable')
      await expect(
        services.save({ ...usProfile(), id: 'new', label: 'New' }),
      ).resolves.toMatchObject({
        ok: false,
        errors: [{ code: 'save-failed' }],
      })
      expect(snapshot(dir)).toEqual(before)
    }
  })

  it('imports an older export whose 15-digit card kept an 8-digit BIN as 6 digits, and says so', async () => {
    const { services, dir, setImport } = await setup()
    const file = path.join(dir, 'old.json')
    const amex = usProfile({ card: { bin: '37828224', last4: '0005', brand: 'american-express' } })
    writeFileSync(
      file,
      JSON.stringify({
        format: 'paylight-profile-export',
        schema: 2,
        activeId: 'main',
        profiles: [amex],
      }),
    )
    setImport(file)
    await expect(services.importFrom()).resolves.toMatchObject({
      ok: true,
      imported: 1,
      shortenedBins: ['main'],
      book: { activeId: 'main' },
    })
    expect(services.active()?.card.bin).toBe('378282')
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
    const imported = await second.services.importFrom()
    expect(imported).toEqual({ ok: true, imported: 1, shortenedBins: [], book: expect.anything() })
    expect(imported.ok && imported.book).toEqual(second.services.book())
    expect(second.services.active()?.card.bin).toBe('411111')
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
    expect(services.book().profiles.map((p) => p.id)).toEqual(['main'])
  })

  it('does nothing when the user cancels a file dialog', async () => {
    const { services, setImport } = await setup()
    setImport(null)
    await expect(services.importFrom()).resolves.toEqual({ ok: false, reason: 'cancelled' })
  })
})
