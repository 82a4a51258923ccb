import type { NetworkInterfaceInfo } from 'node:os'
import { realTimers } from '../../../../src/shared/monitor/timers'
import { setupPower, type PowerMonitorHints } from '../../../../src/main/setup/setup-power'
import { createFakeElectron } from '../../../support/fake-electron/fake-electron-core.mjs'

const wifi = (address: string): NetworkInterfaceInfo[] => [
  {
    address,
    netmask: '255.255.255.0',
    family: 'IPv4',
    mac: '00:00:00:00:00:00',
    internal: false,
    cidr: null,
  },
]

function setup() {
  let interfaces: NodeJS.Dict<NetworkInterfaceInfo[]> = { en0: wifi('192.168.1.2') }
  let online = true
  const triggers: string[] = []
  const { electron, control } = createFakeElectron({ platform: 'linux' })
  const monitor: PowerMonitorHints = {
    suspend: () => triggers.push('suspend'),
    resume: () => triggers.push('resume'),
    trigger: (t) => triggers.push(t),
  }
  const start = () =>
    setupPower(
      { powerMonitor: electron.powerMonitor, net: { isOnline: () => online } },
      { os: { networkInterfaces: () => interfaces }, timers: realTimers, monitor },
    )
  return {
    start,
    control,
    triggers,
    setInterfaces: (next: NodeJS.Dict<NetworkInterfaceInfo[]>) => (interfaces = next),
    setOnline: (next: boolean) => (online = next),
  }
}

describe('setupPower', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('hands sleep and wake to the monitor as they come', () => {
    const { start, control, triggers } = setup()
    const power = start()
    control.suspend()
    control.resume()
    expect(triggers).toEqual(['suspend', 'resume'])
    power.stop()
  })

  it('reads the interfaces every second and hands a change to the monitor at once', async () => {
    const { start, triggers, setInterfaces } = setup()
    const watch = start()
    await vi.advanceTimersByTimeAsync(5000)
    expect(triggers).toEqual([])
    setInterfaces({ en0: wifi('192.168.1.2'), utun3: wifi('10.8.0.2') })
    await vi.advanceTimersByTimeAsync(999)
    expect(triggers).toEqual([])
    await vi.advanceTimersByTimeAsync(1)
    expect(triggers).toEqual(['network-change'])
    watch.stop()
  })

  it('reports each change of a burst; the monitor coalesces them', async () => {
    const { start, triggers, setInterfaces, setOnline } = setup()
    const watch = start()
    setOnline(false)
    await vi.advanceTimersByTimeAsync(1000)
    setOnline(true)
    setInterfaces({ en0: wifi('10.0.0.7') })
    await vi.advanceTimersByTimeAsync(1000)
    expect(triggers).toEqual(['offline', 'online'])
    watch.stop()
  })

  it('reports nothing after it is stopped and leaves no timer behind', async () => {
    const { start, triggers, setInterfaces } = setup()
    start().stop()
    setInterfaces({ en0: wifi('10.0.0.7') })
    await vi.advanceTimersByTimeAsync(10_000)
    expect(triggers).toEqual([])
    expect(vi.getTimerCount()).toBe(0)
  })
})
