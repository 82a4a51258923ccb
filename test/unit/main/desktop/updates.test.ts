import { EventEmitter } from 'node:events'
import {
  CHECK_EVERY_MS,
  createUpdates,
  FIRST_CHECK_DELAY_MS,
  updatesConfigured,
  updateStatusText,
  type UpdaterLike,
  type UpdateStatus,
} from '../../../../src/main/desktop/updates'
import { realTimers } from '../../../../src/shared/monitor/timers'

/** electron-updater's AppUpdater as the module sees it, answering checks from a script. */
function fakeUpdater(answers: (() => Promise<unknown>)[]) {
  const emitter = new EventEmitter()
  const updater = Object.assign(emitter, {
    autoDownload: false,
    autoInstallOnAppQuit: false,
    logger: null as unknown,
    checks: 0,
    checkForUpdates: async () => {
      updater.checks += 1
      return (
        answers.shift() ??
        (async () => ({ isUpdateAvailable: false, updateInfo: { version: '0.1.0' } }))
      )()
    },
  })
  return updater
}

function setup(configured: boolean, answers: (() => Promise<unknown>)[] = []) {
  const updater = fakeUpdater(answers)
  const load = vi.fn(async () => updater as unknown as UpdaterLike)
  const seen: UpdateStatus['kind'][] = []
  const updates = createUpdates({
    configured,
    load,
    timers: realTimers,
    now: () => Date.parse('2026-11-26T10:00:00Z'),
    onChange: (s) => seen.push(s.kind),
  })
  onTestFinished(() => updates.stop())
  return { updates, updater, load, seen }
}

describe('updates', () => {
  it('does nothing without a publish target, never loads the updater, and says so', async () => {
    vi.useFakeTimers()
    onTestFinished(() => {
      vi.useRealTimers()
    })
    const { updates, load } = setup(false)
    updates.start()
    await vi.advanceTimersByTimeAsync(CHECK_EVERY_MS * 2)
    expect(await updates.checkNow()).toEqual({ kind: 'not-configured' })
    expect(load).not.toHaveBeenCalled()
    expect(updateStatusText(updates.status()).zh).toBe('此版本没有配置更新来源，不会检查更新')
  })

  it('checks a minute after start and every six hours, downloading in the background and installing on quit', async () => {
    vi.useFakeTimers()
    onTestFinished(() => {
      vi.useRealTimers()
    })
    const { updates, updater, seen } = setup(true)
    updates.start()
    await vi.advanceTimersByTimeAsync(FIRST_CHECK_DELAY_MS - 1)
    expect(updater.checks).toBe(0)
    await vi.advanceTimersByTimeAsync(1)
    expect(updater.checks).toBe(1)
    expect([updater.autoDownload, updater.autoInstallOnAppQuit]).toEqual([true, true])
    expect(updates.status()).toEqual({ kind: 'up-to-date', checkedAt: '2026-11-26T10:00:00.000Z' })
    await vi.advanceTimersByTimeAsync(CHECK_EVERY_MS)
    expect(updater.checks).toBe(2)
    expect(seen).toEqual(['checking', 'up-to-date', 'checking', 'up-to-date'])
  })

  it('"Check for updates" finds a version, which is ready once downloaded; a failure is said and retried', async () => {
    const { updates, updater } = setup(true, [
      async () => {
        throw new Error('net::ERR_NAME_NOT_RESOLVED')
      },
      async () => ({ isUpdateAvailable: true, updateInfo: { version: '0.2.0' } }),
    ])
    expect(await updates.checkNow()).toMatchObject({
      kind: 'failed',
      error: expect.stringContaining('ERR_NAME'),
    })
    expect(await updates.checkNow()).toEqual({ kind: 'downloading', version: '0.2.0' })
    // A second click while it downloads asks nothing new.
    await updates.checkNow()
    expect(updater.checks).toBe(2)
    updater.emit('update-downloaded', { version: '0.2.0', downloadedFile: '/tmp/x' })
    expect(updates.status()).toEqual({ kind: 'ready', version: '0.2.0' })
    expect(updateStatusText(updates.status()).en).toBe(
      'Version 0.2.0 is downloaded and installs when you quit',
    )
  })

  it('says a download that failed after the check, and checks again when asked', async () => {
    const { updates, updater } = setup(true, [
      async () => ({ isUpdateAvailable: true, updateInfo: { version: '0.2.0' } }),
    ])
    expect(await updates.checkNow()).toEqual({ kind: 'downloading', version: '0.2.0' })
    updater.emit('error', new Error('Could not get code signature for running application'))
    expect(updates.status()).toMatchObject({
      kind: 'failed',
      error: expect.stringContaining('code signature'),
    })
    expect(await updates.checkNow()).toMatchObject({ kind: 'up-to-date' })
    expect(updater.checks).toBe(2)
  })

  it('counts a build as configured only when packaged with app-update.yml beside it', () => {
    const exists = (file: string) => file === '/app/resources/app-update.yml'
    expect(updatesConfigured(true, '/app/resources', exists)).toBe(true)
    expect(updatesConfigured(false, '/app/resources', exists)).toBe(false)
    expect(updatesConfigured(true, '/other', exists)).toBe(false)
  })
})
