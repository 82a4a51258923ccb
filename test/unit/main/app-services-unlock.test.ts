import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createProfileStore } from '../../../src/node/profile-store'
import { defaultSources, type SourceSpec } from '../../../src/shared/net/sources'
import { createTestServices } from '../../support/app-harness'
import { promptingCipher, savedProfileIds } from '../../support/fake-cipher'
import { tableFetch } from '../../support/fake-fetch'
import { usProfile } from '../../support/profiles'
import { traceBody } from '../../support/provider-bodies'

// The merchant's edge alone, answering from a table.
const sources: SourceSpec[] = defaultSources
  .filter((s) => s.name === 'chatgpt')
  .map((s) => ({ ...s, url: 'https://m.test/trace' }))
// A US card leaving in Japan: red once the profile is readable.
const fetch = tableFetch({ 'https://m.test/trace': traceBody('133.242.0.1', 'JP') })

/** A data folder with a saved US profile, as an earlier run left it. */
async function folderWithProfile(): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), 'paylight-unlock-services-'))
  const first = await createTestServices({ fetch, sources, dataDir: dir })
  await expect(first.services.ipc.saveProfile(usProfile())).resolves.toEqual({ ok: true })
  first.services.stop()
  return dir
}

/** The services over that folder, created while the keychain has not answered yet. */
async function startPrompting() {
  const dataDir = await folderWithProfile()
  const keychain = promptingCipher()
  const { services } = await createTestServices({
    fetch,
    sources,
    dataDir,
    profileStore: createProfileStore(dataDir, keychain.cipher),
    profilesPending: true,
  })
  return { services, keychain, dataDir }
}

describe('start-up while the keychain asks for the card profile', () => {
  it('checks the network at once and is grey with "unlocking", then compares once the profile is read', async () => {
    const { services, keychain } = await startPrompting()
    services.start()
    await vi.waitFor(() =>
      expect(services.state().monitor.observation?.exits.merchant?.country).toBe('JP'),
    )
    // The keychain is asked off the start path: the check may come back before it is asked.
    await vi.waitFor(() => expect(keychain.asked()).toBe(1))
    const waiting = services.state()
    expect(waiting.profiles.loading).toBe(true)
    expect(waiting.verdict.light).toBe('grey')
    expect(waiting.verdict.findings[0]).toMatchObject({
      id: 'profile-unlocking',
      severity: 'grey',
      message: { zh: '正在解锁卡片资料…', en: 'Unlocking your card profile…' },
    })
    expect(waiting.verdict.findings.map((f) => f.id)).not.toContain('profile-missing')

    keychain.unlock()
    await services.profilesLoaded
    await vi.waitFor(() => expect(services.state().verdict.light).toBe('red'))
    const joined = services.state()
    expect(joined.profiles.loading).toBe(false)
    expect(joined.profiles.book.activeId).toBe('main')
    expect(joined.verdict.findings.map((f) => f.id)).not.toContain('profile-unlocking')
  })

  it('holds a save made meanwhile and writes the merged book, never an empty one', async () => {
    const { services, keychain, dataDir } = await startPrompting()
    const saving = services.ipc.saveProfile({ ...usProfile(), id: 'work', label: 'Work card' })
    keychain.unlock()
    await expect(saving).resolves.toEqual({ ok: true })
    await expect(savedProfileIds(dataDir)).resolves.toEqual(['main', 'work'])
  })
})
