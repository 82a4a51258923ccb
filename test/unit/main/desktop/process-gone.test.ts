import { EventEmitter } from 'node:events'
import {
  MAX_RECOVERIES,
  RECOVERY_WINDOW_MS,
  watchProcessGone,
  type ProcessGoneEvents,
} from '../../../../src/main/desktop/process-gone'
import { setLogSink, type LogEntry } from '../../../../src/shared/util/logger'

function setup() {
  const app = new EventEmitter()
  let now = 1_000_000
  const calls: string[] = []
  const logs: LogEntry[] = []
  setLogSink((e) => logs.push(e), 'info')
  watchProcessGone({
    app: app as unknown as ProcessGoneEvents,
    isOurs: (id) => id === 7,
    reload: () => calls.push('reload'),
    close: () => calls.push('close'),
    networkServiceGone: () => calls.push('check'),
    now: () => now,
  })
  const crash = (id: number, reason = 'crashed') =>
    app.emit('render-process-gone', {}, { id }, { reason, exitCode: 139 })
  return { app, calls, logs, crash, tick: (ms: number) => (now += ms) }
}

describe('watchProcessGone', () => {
  it('logs a crashed window renderer and reloads it, a clean exit is left alone', () => {
    const { calls, logs, crash } = setup()
    crash(7)
    crash(7, 'clean-exit')
    crash(9, 'oom')
    expect(calls).toEqual(['reload'])
    expect(logs.map((l) => [l.message, l.data])).toEqual([
      ['renderer gone', { reason: 'crashed', exitCode: 139, ours: true }],
      ['renderer gone', { reason: 'oom', exitCode: 139, ours: false }],
    ])
  })

  it('stops reloading a window that crashes again and again, and closes it', () => {
    const { calls, crash, tick } = setup()
    for (let i = 0; i <= MAX_RECOVERIES; i += 1) crash(7)
    expect(calls).toEqual([...Array<string>(MAX_RECOVERIES).fill('reload'), 'close'])
    tick(RECOVERY_WINDOW_MS)
    crash(7)
    expect(calls.at(-1)).toBe('reload')
  })

  it('logs a helper process that went away, and asks for a check when it was the network service', () => {
    const { app, calls, logs } = setup()
    app.emit('child-process-gone', {}, { type: 'GPU', reason: 'crashed', exitCode: 1 })
    app.emit(
      'child-process-gone',
      {},
      {
        type: 'Utility',
        reason: 'crashed',
        exitCode: 1,
        serviceName: 'network.mojom.NetworkService',
      },
    )
    app.emit('child-process-gone', {}, { type: 'Utility', reason: 'clean-exit', exitCode: 0 })
    expect(calls).toEqual(['check'])
    expect(logs.map((l) => l.data?.['type'])).toEqual(['GPU', 'Utility'])
  })
})
