import { setupDesktopGlue } from '../../../../src/main/setup/setup-desktop-glue'
import {
  SMOKE_PROBE_GLOBAL,
  type SmokeProbe,
} from '../../../../src/main/desktop/smoke-test-overrides'
import { setLogSink, type LogEntry } from '../../../../src/shared/util/logger'
import type { AppState } from '../../../../src/shared/contract/app-state'
import { sampleAppState } from '../../../support/app-state'
import { createFakeElectron } from '../../../support/fake-electron/fake-electron-core.mjs'

/** The glue over the fake Electron, with a window and services that record what is asked of them. */
function setup(smoke = { userData: null, sources: null } as const) {
  const { electron, control } = createFakeElectron({ platform: 'darwin', isPackaged: true })
  let state: AppState = sampleAppState(Date.now())
  const listeners = new Set<(s: AppState) => void>()
  const window = { isOurs: (id: number) => id === 7, reload: vi.fn(), close: vi.fn() }
  const trigger = vi.fn()
  const openWindow = vi.fn()
  const logs: LogEntry[] = []
  setLogSink((entry) => logs.push(entry), 'info')
  onTestFinished(() => setLogSink(null))
  setupDesktopGlue(electron as never, {
    platform: 'darwin',
    services: {
      state: () => state,
      subscribe: (fn) => {
        listeners.add(fn)
        return () => listeners.delete(fn)
      },
      monitor: { trigger },
    },
    window,
    openWindow,
    checkForUpdates: vi.fn(),
    tray: { isDestroyed: () => false },
    smoke,
  })
  const publish = (next: AppState) => {
    state = next
    for (const fn of listeners) fn(next)
  }
  return { control, window, trigger, openWindow, logs, publish, state: () => state }
}

describe('setupDesktopGlue', () => {
  it("sets PayLight's menu; its About opens the window on Settings, where the About view is", () => {
    const { control, openWindow } = setup()
    const [appMenu] = control.record.applicationMenu as {
      submenu: { label: string; click?: () => void }[]
    }[]
    appMenu?.submenu.find((i) => i.label === '关于付款红绿灯')?.click?.()
    expect(openWindow).toHaveBeenCalledWith('settings')
  })

  it('reloads our crashed window, and asks for a check when the network service crashed', () => {
    const { control, window, trigger } = setup()
    control.renderProcessGone(7, 'crashed')
    control.renderProcessGone(8, 'oom')
    expect(window.reload).toHaveBeenCalledTimes(1)
    control.childProcessGone({
      type: 'Utility',
      reason: 'crashed',
      serviceName: 'network.mojom.NetworkService',
    })
    expect(trigger).toHaveBeenCalledWith('manual')
  })

  it('logs each finished check once', () => {
    const { publish, state, logs } = setup()
    const at = new Date().toISOString()
    const done = {
      ...state(),
      monitor: {
        ...state().monitor,
        checking: false,
        lastAttempt: { at, ok: true, trigger: 'manual' as const, failures: [] },
      },
    }
    publish(done)
    publish({ ...done, revision: done.revision + 1 })
    expect(logs.filter((l) => l.scope === 'check')).toHaveLength(1)
  })

  it('hands the smoke test its probe only under the smoke overrides', () => {
    const key = SMOKE_PROBE_GLOBAL as keyof typeof globalThis
    setup()
    expect(globalThis[key]).toBeUndefined()
    const { openWindow } = setup({ userData: '/tmp/smoke', sources: null } as never)
    const probe = globalThis[key] as unknown as SmokeProbe
    onTestFinished(() => {
      Reflect.deleteProperty(globalThis, SMOKE_PROBE_GLOBAL)
    })
    expect(probe.hasTray()).toBe(true)
    expect(probe.state()?.revision).toBeGreaterThan(0)
    probe.openWindow()
    expect(openWindow).toHaveBeenCalledTimes(1)
  })
})
