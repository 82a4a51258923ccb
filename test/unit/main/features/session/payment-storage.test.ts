import { renameSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { defaultSources } from '../../../../../src/shared/net/sources'
import { createTestServices } from '../../../../support/app-harness'

const offline = async () => {
  throw new Error('offline')
}
const open = (dataDir?: string) =>
  createTestServices({
    fetch: offline,
    sources: [...defaultSources],
    paymentFiles: true,
    ...(dataDir ? { dataDir } : {}),
  })
const fileView = (state: { storage: { files: readonly { name: string }[] } }, name: string) =>
  state.storage.files.find((f) => f.name === name)

describe('the payment files in the storage list', () => {
  it('lists the session, cool-down, decline log, history and checklist ticks beside the profiles and settings', async () => {
    const { services } = await open()
    expect(services.state().storage.files.map((f) => f.name)).toEqual([
      'profiles.dat',
      'settings.json',
      'session.json',
      'cooldown.json',
      'declines.jsonl',
      'history.jsonl',
      'attempt.json',
    ])
  })

  it('moves a corrupt session file aside, keeps working, and restores an older copy on request', async () => {
    const first = await open()
    await first.services.ipc.updateSessionConfig({ intervalMs: 20_000 })
    first.services.stop()
    // An earlier good copy set aside, and a file that no longer parses.
    const aside = 'session.corrupt-2026-11-20T10-00-00-000Z.json'
    renameSync(path.join(first.dir, 'session.json'), path.join(first.dir, aside))
    writeFileSync(path.join(first.dir, 'session.json'), '{"version":1,"config":')

    const { services } = await open(first.dir)
    const listed = fileView(services.state(), 'session.json') as unknown as {
      movedAside: readonly { file: string; reason: string }[]
    }
    expect(listed.movedAside.map((m) => m.file)).toContain(aside)
    expect(listed.movedAside.filter((m) => m.reason === 'corrupt')).toHaveLength(2)
    expect(services.state().session.config.intervalMs).toBe(10_000)
    expect(await services.ipc.startSession(undefined)).toEqual({ ok: true })

    expect(await services.ipc.restoreFile({ file: 'session.json', aside })).toEqual({ ok: true })
    expect(services.state().session.config.intervalMs).toBe(20_000)
  })
})
