import { appendFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { KeptFs } from '../../../../../src/node/kept-fs'
import { failingFs } from '../../../../support/failing-fs'
import { writeHistoryFile } from '../../../../support/history-file'
import { paymentHarness } from '../../../../support/payment-harness'

let dir = ''
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'paylight-payment-files-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

/** The features over the real files; `fs` makes the logs fail as a full disk would. */
async function open(fs?: KeptFs) {
  const features = await paymentHarness({ folder: { dir, ...(fs ? { fs } : {}) } })
  onTestFinished(features.stop)
  return features
}

describe('the payment files on disk', () => {
  it('move a corrupt session file and a future-version cool-down file aside, never deleting them', async () => {
    writeFileSync(path.join(dir, 'session.json'), '{"version":1,"config":')
    writeFileSync(path.join(dir, 'cooldown.json'), JSON.stringify({ version: 9, policy: {} }))
    const features = await open()
    const slices = features.slices()
    expect(slices.session.state).toEqual({ phase: 'idle' })
    expect(slices.session.storage.movedAside.map((m) => m.reason)).toEqual(['corrupt'])
    expect(slices.declines.storage[1]?.movedAside.map((m) => m.reason)).toEqual(['future-version'])
    expect(
      readdirSync(dir).filter((f) => f.includes('corrupt') || f.includes('future')),
    ).toHaveLength(2)
  })

  it('skip a torn last history line and keep every whole one', async () => {
    writeHistoryFile(dir, 50, Date.now())
    appendFileSync(path.join(dir, 'history.jsonl'), '{"v":1,"at":17,"e":{"type":"li')
    const features = await open()
    expect(features.slices().history.entries).toBe(50)
    features.record({ type: 'alert', at: new Date().toISOString(), kind: 'test', light: null })
    await features.settled()
    expect((await open()).slices().history.entries).toBe(51)
  })

  it.each([
    ['ENOSPC', 'no-space'],
    ['EROFS', 'read-only'],
  ])('say why a decline was not kept (%s) and lose nothing already saved', async (errno, code) => {
    const features = await open()
    await features.ipc.logDecline({ message: 'card_declined' })
    const full = await open(failingFs({ appendDurable: errno }))
    expect(await full.ipc.logDecline({ message: 'do_not_honor' })).toEqual({
      ok: false,
      reason: 'storage',
      error: expect.objectContaining({ code }),
    })
    expect(full.slices().declines.error?.code).toBe(code)
    expect((await open()).slices().declines.recent.map((d) => d.message)).toEqual(['card_declined'])
  })
})
