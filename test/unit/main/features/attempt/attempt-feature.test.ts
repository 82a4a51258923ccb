import { createAttemptFeature } from '../../../../../src/main/features/attempt/attempt-feature'
import { emptyAttemptDoc } from '../../../../../src/main/features/attempt/attempt-file'
import { memoryDoc } from '../../../../../src/main/features/history/memory-stores'
import type { HistoryEvent } from '../../../../../src/shared/history/history-event'
import type { StorageResult } from '../../../../../src/shared/storage/kept-file-types'

const T0 = Date.parse('2026-11-26T10:00:00Z')

async function setup(save?: () => Promise<StorageResult>) {
  let now = T0
  const events: HistoryEvent[] = []
  const changes = { n: 0 }
  const base = memoryDoc('attempt.json', emptyAttemptDoc)
  const file = save ? { ...base, save } : base
  const feature = await createAttemptFeature({
    file,
    now: () => now,
    record: (e) => events.push(e),
    onChange: () => (changes.n += 1),
  })
  return { feature, events, changes, file, advance: (ms: number) => (now += ms) }
}

describe('the attempt feature', () => {
  it('keeps hand ticks with their time in its file', async () => {
    const { feature, file, advance } = await setup()
    advance(60_000)
    expect(await feature.ipc.tickStep({ step: 'clear-cache', done: true })).toEqual({ ok: true })
    expect(file.value().attempt.ticks).toEqual({ 'clear-cache': '2026-11-26T10:01:00.000Z' })
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
    const error = { code: 'no-space' } as const
    const { feature, changes } = await setup(async () => ({ ok: false, error }) as StorageResult)
    const reply = await feature.ipc.tickStep({ step: 'pre-check', done: true })
    expect(reply).toEqual({ ok: false, error })
    expect(feature.slice().attempt.error).toEqual(error)
    expect(feature.slice().attempt.attempt.ticks['pre-check']).toBeDefined()
    expect(changes.n).toBe(1)
  })
})
