import type { BrowserWindowConstructorOptions } from 'electron'
import { setupWindow } from '../../../../src/main/setup/setup-window'
import { eventChannels } from '../../../../src/shared/ipc'
import { sampleAppState } from '../../../support/app-state'

const created: FakeWindow[] = []

class FakeWindow {
  static nextId = 1
  readonly calls: string[] = []
  readonly sent: [string, unknown][] = []
  readonly handlers = new Map<string, () => void>()
  minimized = false
  readonly webContents = {
    id: FakeWindow.nextId++,
    send: (c: string, p: unknown) => void this.sent.push([c, p]),
  }
  constructor(readonly options: BrowserWindowConstructorOptions) {
    created.push(this)
  }
  on(event: string, fn: () => void) {
    this.handlers.set(event, fn)
    return this
  }
  once(event: string, fn: () => void) {
    return this.on(event, fn)
  }
  show() {
    this.calls.push('show')
  }
  focus() {
    this.calls.push('focus')
  }
  restore() {
    this.calls.push('restore')
  }
  isMinimized() {
    return this.minimized
  }
  async loadURL(url: string) {
    this.calls.push(`load:${url}`)
  }
}

function setup() {
  created.length = 0
  return setupWindow({
    BrowserWindow: FakeWindow as never,
    preload: '/app/preload/index.cjs',
    url: 'app://paylight/index.html',
    title: () => '付款红绿灯',
  })
}

describe('setupWindow', () => {
  it('creates the window on demand, from app://, and brings an existing one to the front', () => {
    const window = setup()
    window.open()
    expect(created).toHaveLength(1)
    expect(created[0]?.calls).toEqual(['load:app://paylight/index.html'])
    created[0]!.minimized = true
    window.open()
    expect(created).toHaveLength(1)
    expect(created[0]?.calls.slice(1)).toEqual(['restore', 'show', 'focus'])
  })

  it('pushes state only to a window that exists, and forgets a closed one', () => {
    const window = setup()
    const state = sampleAppState(Date.now())
    window.push(state)
    window.open()
    const first = created[0]!
    expect(window.isOurs(first.webContents.id)).toBe(true)
    window.push(state)
    expect(first.sent).toEqual([[eventChannels.state, state]])
    first.handlers.get('closed')?.()
    expect(window.isOurs(first.webContents.id)).toBe(false)
    window.open()
    expect(created).toHaveLength(2)
  })
})
