import {
  denyAllPermissions,
  guardWebContents,
  type GuardedContents,
} from '../../../../src/main/shell/web-guards'

type Listener = (event: { preventDefault: () => void }, url: string) => void

function fakeContents() {
  const listeners = new Map<string, Listener>()
  let openHandler: (() => { action: string }) | null = null
  const contents = {
    on: ((name: string, listener: Listener) => {
      listeners.set(name, listener)
      return contents
    }) as unknown as GuardedContents['on'],
    setWindowOpenHandler: ((handler: () => { action: string }) => {
      openHandler = handler
    }) as unknown as GuardedContents['setWindowOpenHandler'],
  }
  const fire = (name: string, url = '') => {
    let prevented = false
    listeners.get(name)?.({ preventDefault: () => (prevented = true) }, url)
    return prevented
  }
  return { contents, fire, openHandler: () => openHandler?.() }
}

describe('guardWebContents', () => {
  const origins = ['app://paylight']

  it('denies every new window', () => {
    const f = fakeContents()
    guardWebContents(f.contents, origins)
    expect(f.openHandler()).toEqual({ action: 'deny' })
  })

  it('blocks navigation and redirects away from our origin but allows reloads', () => {
    const f = fakeContents()
    guardWebContents(f.contents, origins)
    expect(f.fire('will-navigate', 'https://evil.example/')).toBe(true)
    expect(f.fire('will-redirect', 'https://evil.example/')).toBe(true)
    expect(f.fire('will-navigate', 'file:///etc/passwd')).toBe(true)
    expect(f.fire('will-navigate', 'app://paylight/index.html')).toBe(false)
  })

  it('refuses webviews', () => {
    const f = fakeContents()
    guardWebContents(f.contents, origins)
    expect(f.fire('will-attach-webview')).toBe(true)
  })
})

describe('denyAllPermissions', () => {
  it('answers no to every request and check', () => {
    let request: ((c: unknown, p: string, cb: (ok: boolean) => void) => void) | null = null
    let check: (() => boolean) | null = null
    denyAllPermissions({
      setPermissionRequestHandler: ((h: typeof request) => (request = h)) as never,
      setPermissionCheckHandler: ((h: typeof check) => (check = h)) as never,
    })
    const answers: boolean[] = []
    request!(null, 'media', (ok) => answers.push(ok))
    request!(null, 'notifications', (ok) => answers.push(ok))
    expect(answers).toEqual([false, false])
    expect(check!()).toBe(false)
  })
})
