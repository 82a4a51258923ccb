import { writeFileSync } from 'node:fs'
import path from 'node:path'
import {
  createProfilesFeature,
  type FileChooser,
} from '../../../../../src/main/features/profiles/profiles-feature'
import type { ProfileStore } from '../../../../../src/node/profile-store'
import { createProfileStore } from '../../../../../src/node/profile-store'
import { fakeCipher, promptingCipher, savedProfileIds } from '../../../../support/fake-cipher'
import { usProfile } from '../../../../support/profiles'
import { useTempDirs } from '../../../../support/temp-dirs'

const tempDir = useTempDirs('paylight-unlock-')

/** The profiles feature's channels as the window calls them, and its state as the window sees it. */
function openProfiles(store: ProfileStore, files: FileChooser, onChange: () => void = () => {}) {
  const feature = createProfilesFeature({
    profileStore: store,
    files,
    fetch: () => Promise.reject(new Error('offline')),
    now: Date.now,
    storage: { report: () => undefined },
    onChange,
  })
  return {
    loaded: feature.loaded,
    loading: () => feature.slice().profiles.loading,
    info: () => feature.slice().profiles,
    active: feature.active,
    save: feature.ipc.saveProfile,
    remove: feature.ipc.deleteProfile,
    importFrom: feature.ipc.importProfiles,
  }
}

const noFiles: FileChooser = {
  chooseExportFile: async () => null,
  chooseImportFile: async () => null,
}

/** A profile file already on disk (saved by an earlier run), then profiles whose keychain prompts. */
async function startLocked() {
  const dir = tempDir()
  const earlier = openProfiles(createProfileStore(dir, fakeCipher()), noFiles)
  await earlier.loaded
  await expect(earlier.save(usProfile())).resolves.toEqual({ ok: true })
  const keychain = promptingCipher()
  const importFile = path.join(dir, 'import.json')
  const changes: boolean[] = []
  const services = openProfiles(
    createProfileStore(dir, keychain.cipher),
    {
      chooseExportFile: async () => path.join(dir, 'export.json'),
      chooseImportFile: async () => importFile,
    },
    () => changes.push(services.loading()),
  )
  await vi.waitFor(() => expect(keychain.asked()).toBe(1))
  return { dir, services, keychain, importFile, changes }
}

const ids = (services: ReturnType<typeof openProfiles>) =>
  services.info().book.profiles.map((p) => p.id)

describe('the card profiles while the keychain is asking', () => {
  it('are created at once, say they are loading, and hold no profile yet', async () => {
    const { services, keychain, changes } = await startLocked()
    expect(services.loading()).toBe(true)
    expect(services.info()).toMatchObject({ loading: true, book: { profiles: [] } })
    expect(services.active()).toBeNull()
    keychain.unlock()
    await services.loaded
    expect(services.loading()).toBe(false)
    expect(services.info().loading).toBe(false)
    expect(services.active()?.id).toBe('main')
    // One change when the file was read, seen after `loading` turned false.
    expect(changes).toEqual([false])
  })

  it('hold a save until the file is read, then add to the book instead of replacing it', async () => {
    const { services, dir, keychain } = await startLocked()
    let settled = false
    const saving = services.save({ ...usProfile(), id: 'work', label: 'Work card' })
    void saving.then(() => (settled = true))
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(settled).toBe(false)
    keychain.unlock()
    await expect(saving).resolves.toEqual({ ok: true })
    expect(ids(services).sort()).toEqual(['main', 'work'])
    // What is on disk is the merged book, read back through a fresh store.
    await expect(savedProfileIds(dir)).resolves.toEqual(['main', 'work'])
  })

  it('hold a removal and an import until the file is read', async () => {
    const { services, keychain, importFile } = await startLocked()
    writeFileSync(
      importFile,
      JSON.stringify({
        format: 'paylight-profile-export',
        schema: 2,
        exportedAt: '2026-11-25T10:00:00.000Z',
        activeId: 'work',
        profiles: [{ ...usProfile(), id: 'work' }],
      }),
    )
    const removing = services.remove('main')
    const importing = services.importFrom()
    keychain.unlock()
    await removing
    await expect(importing).resolves.toMatchObject({ ok: true, imported: 1 })
    expect(ids(services)).toEqual(['work'])
  })

  it('refuse invalid input at once, without waiting for the keychain', async () => {
    const { services } = await startLocked()
    await expect(services.save({ card: {} })).resolves.toMatchObject({ ok: false })
    expect(services.loading()).toBe(true)
  })
})
