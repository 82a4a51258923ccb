import { createAttemptFeature } from '../../../../../src/main/features/attempt/attempt-feature'
import type { HistoryEvent } from '../../../../../src/shared/history/history-event'
import { osError } from '../../../../support/failing-fs'
import { memoryFs } from '../../../../support/memory-fs'

const T0 = Date.parse('2026-11-26T10:00:00Z')

/** The feature over a folder in memory; `full` makes its writes fail as a full disk would. */
async function setup(full = false) {
  let now = T0
  const events: HistoryEvent[] = []
  const changes = { n: 0 }
  const { fs, files } = memoryFs()
  const feature = await createAttemptFeature({
    folder: {
      dir: '/data',
      fs: full
        ? { ...fs, writeFileAtomic: async () => Promise.reject(osError('ENOSPC', 'write')) }
        : fs,
    },
    now: () => now,
    history: { record: (e) => events.push(e) },
    onChange: () => (changes.n += 1),
  })
  const saved = () => JSON.parse(String(files.get('/data/attempt.json'))) as { attempt: unknown }
  return { feature, events, changes, saved, advance: (ms: number) => (now += ms) }
}

describe('the attempt feature', () => {
  it('keeps hand ticks with their time in its file', async () => {
    const { feature, saved, advance } = await setup()
    advance(60_000)
    expect(await feature.ipc.tickStep({ step: 'clear-cache', done: true })).toEqual({ ok: true })
    expect(saved().attempt).toMatchObject({ ticks: { 'clear-cache': '2026-11-26T10:01:00.000Z' } })
    expect(feature.slice().attempt.attempt.startedAt).toBe('2026-11-26T10:01:00.000Z')
  })

  it('writes the finished attempt into the history and starts afresh', async () => {
    const { feature, events, advance } = await setup()
    await feature.ipc.tickStep({ step: 'wait-risk', done: true })
    await feature.ipc.tickStep({ step: 'card-status', done: true })
    advance(3_600_000)
    await feature.ipc.newAttempt()
    expect(events).toEqual([
      {
        type: 'attempt',
        at: '2026-11-26T11:00:00.000Z',
        startedAt: '2026-11-26T10:00:00.000Z',
        ticked: ['card-status', 'wait-risk'],
      },
    ])
    expect(feature.slice().attempt.attempt).toEqual({
      startedAt: '2026-11-26T11:00:00.000Z',
      ticks: {},
    })
  })

  it('records nothing for an attempt never started', async () => {
    const { feature, events } = await setup()
    await feature.ipc.newAttempt()
    expect(events).toEqual([])
  })

  it('keeps the tick on screen and says why when the disk refuses it', async () => {
    const { feature, changes } = await setup(true)
    const reply = await feature.ipc.tickStep({ step: 'pre-check', done: true })
    expect(reply).toMatchObject({ ok: false, error: { code: 'no-space' } })
    expect(feature.slice().attempt.error).toMatchObject({ code: 'no-space' })
    expect(feature.slice().attempt.attempt.ticks['pre-check']).toBeDefined()
    expect(changes.n).toBe(1)
  })
})
