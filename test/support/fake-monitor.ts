import { EventEmitter } from 'node:events'
import type { MonitorChild, SpawnMonitor } from '../../src/main/network-watch/os-change-notices'

/** A monitor command's child process, driven by the test: output lines, an error, an exit. */
export interface FakeMonitorChild extends MonitorChild {
  readonly command: string
  readonly args: readonly string[]
  readonly killed: boolean
  /** Writes output as the command would (any chunking). */
  print(text: string): void
  fail(code: string): void
  exit(code?: number | null): void
}

/** A spawn that records every child it starts; `children.at(-1)` is the running one. */
export function fakeSpawn(): SpawnMonitor & { readonly children: FakeMonitorChild[] } {
  const children: FakeMonitorChild[] = []
  const spawn = (command: string, args: readonly string[]): FakeMonitorChild => {
    const events = new EventEmitter()
    const stdout = new EventEmitter()
    let killed = false
    const child: FakeMonitorChild = {
      command,
      args,
      get killed() {
        return killed
      },
      stdout,
      on: ((event: string, listener: (...args: unknown[]) => void) =>
        events.on(event, listener)) as MonitorChild['on'],
      kill: () => {
        killed = true
        setImmediate(() => events.emit('exit', null, 'SIGTERM'))
        return true
      },
      print: (text) => void stdout.emit('data', Buffer.from(text, 'utf8')),
      fail: (code) => void events.emit('error', Object.assign(new Error(code), { code })),
      exit: (code = 1) => void events.emit('exit', code, null),
    }
    children.push(child)
    return child
  }
  return Object.assign(spawn, { children })
}
