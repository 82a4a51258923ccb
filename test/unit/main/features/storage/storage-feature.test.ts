import { mkdirSync, readdirSync, rmdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import {
  createStorageFeature,
  type StorageTarget,
} from '../../../../../src/main/features/storage/storage-feature'
import { retryDelaysMs } from '../../../../../src/main/features/storage/retry-schedule'
import { createProfileStore } from '../../../../../src/node/profile-store'
import { createSettingsStore } from '../../../../../src/node/settings-store'
import { realTimers } from '../../../../../src/shared/monitor/timers'
import { fakeCipher } from '../../../../support/fake-cipher'
import { memoryFs } from '../../../../support/memory-fs'
import { usProfile } from '../../../../support/profiles'
import { useTempDirs } from '../../../../support/temp-dirs'

const tempDir = useTempDirs('paylight-storage-')
const book = { schema: 3 as const, activeId: 'main', profiles: [usProfile()] }

function feature(targets: StorageTarget[]) {
  const changes: number[] = []
  const storage = createStorageFeature({ timers: realTimers, onChange: () => changes.push(1) })
  storage.keep(targets)
  onTestFinished(storage.stop)
  return { storage, changes }
}
const target = (
  file: Omit<StorageTarget, 'reloaded'>,
  reloaded = () => undefined,
): StorageTarget => ({
  info: file.info,
  retry: file.retry,
  moveAside: file.moveAside,
  restore: file.restore,
  reloaded,
})

afterEach(() => vi.useRealTimers())

describe('createStorageFeature', () => {
  it('retries a file locked by the keyring on a back-off timer and reloads it once unlocked', async () => {
    // In-memory files: their promises settle as microtasks, which fake timers can drive.
    const { fs } = memoryFs()
    await createProfileStore('/data', fakeCipher(), { fs }).save(book)
    vi.useFakeTimers()
    let unlocked = false
    const store = createProfileStore('/data', fakeCipher({ available: () => unlocked }), { fs })
    await store.load()
    const reloaded = vi.fn()
    const { storage } = feature([target(store, reloaded)])
    expect(storage.slice().storage.files[0]?.status).toEqual({
      kind: 'locked',
      detail: 'unavailable',
    })
    await vi.advanceTimersByTimeAsync(retryDelaysMs[0] ?? 0)
    expect(reloaded).not.toHaveBeenCalled()
    unlocked = true
    await vi.advanceTimersByTimeAsync((retryDelaysMs[1] ?? 0) - 1)
    expect(reloaded).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(1)
    expect(reloaded).toHaveBeenCalledTimes(1)
    expect(store.value()).toEqual(book)
    expect(storage.slice().storage.files[0]?.status).toEqual({ kind: 'ready' })
  })

  it('retries at once when the window gets focus', async () => {
    const dir = tempDir()
    mkdirSync(path.join(dir, 'settings.json'))
    const store = createSettingsStore(dir)
    await store.load()
    const reloaded = vi.fn()
    const { storage } = feature([target(store, reloaded)])
    rmdirSync(path.join(dir, 'settings.json'))
    writeFileSync(path.join(dir, 'settings.json'), JSON.stringify({ language: 'en' }))
    storage.focus()
    await vi.waitFor(() => expect(reloaded).toHaveBeenCalledTimes(1))
    expect(store.value().language).toBe('en')
  })

  it('moves a blocked file aside and starts fresh when the user asks, listing what was moved', async () => {
    const dir = tempDir()
    mkdirSync(path.join(dir, 'settings.json'))
    const store = createSettingsStore(dir, { now: () => Date.parse('2026-11-25T10:00:00Z') })
    await store.load()
    const { storage } = feature([target(store)])
    await expect(storage.ipc.discardAndStartFresh({ file: 'settings.json' })).resolves.toEqual({
      ok: true,
    })
    expect(storage.slice().storage.files).toEqual([
      {
        name: 'settings.json',
        status: { kind: 'ready' },
        movedAside: [
          {
            file: 'settings.discarded-2026-11-25T10-00-00-000Z.json',
            reason: 'discarded',
            at: '2026-11-25T10:00:00.000Z',
          },
        ],
        lastError: null,
      },
    ])
  })

  it('restores through validation; a failing restore changes nothing and says why', async () => {
    const dir = tempDir()
    writeFileSync(path.join(dir, 'settings.json'), JSON.stringify({ version: 1, language: 'zh' }))
    writeFileSync(path.join(dir, 'settings.corrupt-2026-11-24T10-00-00-000Z.json'), '{broken')
    writeFileSync(
      path.join(dir, 'settings.replaced-2026-11-23T10-00-00-000Z.json'),
      '{"version":1,"language":"en"}',
    )
    const store = createSettingsStore(dir, { now: () => Date.parse('2026-11-25T10:00:00Z') })
    await store.load()
    const reloaded = vi.fn()
    const { storage } = feature([target(store, reloaded)])
    const before = readdirSync(dir).sort()
    await expect(
      storage.ipc.restoreFile({
        file: 'settings.json',
        aside: 'settings.corrupt-2026-11-24T10-00-00-000Z.json',
      }),
    ).resolves.toMatchObject({ ok: false, error: { code: 'invalid' } })
    expect(readdirSync(dir).sort()).toEqual(before)
    expect(storage.slice().storage.files[0]?.lastError).toMatchObject({ code: 'invalid' })
    await expect(
      storage.ipc.restoreFile({
        file: 'settings.json',
        aside: 'settings.replaced-2026-11-23T10-00-00-000Z.json',
      }),
    ).resolves.toEqual({ ok: true })
    expect(store.value().language).toBe('en')
    expect(reloaded).toHaveBeenCalledTimes(1)
    expect(storage.slice().storage.files[0]?.lastError).toBeNull()
  })

  it('answers not-found for a file it does not keep', async () => {
    const { storage } = feature([])
    await expect(storage.ipc.discardAndStartFresh({ file: 'other.json' })).resolves.toEqual({
      ok: false,
      error: { code: 'not-found' },
    })
  })
})
