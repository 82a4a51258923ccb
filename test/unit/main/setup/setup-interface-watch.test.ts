import type { NetworkInterfaceInfo } from 'node:os'
import { realTimers } from '../../../../src/shared/monitor/timers'
import { setupInterfaceWatch } from '../../../../src/main/setup/setup-interface-watch'
import type { CheckTrigger } from '../../../../src/shared/monitor/freshness'

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
  const triggers: CheckTrigger[] = []
  const watch = setupInterfaceWatch({
    readInterfaces: () => interfaces,
    isOnline: () => online,
    timers: realTimers,
    trigger: (t) => triggers.push(t),
  })
  return {
    watch,
    triggers,
    setInterfaces: (next: NodeJS.Dict<NetworkInterfaceInfo[]>) => (interfaces = next),
    setOnline: (next: boolean) => (online = next),
  }
}

describe('setupInterfaceWatch', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('reads the interfaces every second and hands a change to the monitor at once', async () => {
    const { watch, triggers, setInterfaces } = setup()
    watch.start()
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
    const { watch, triggers, setInterfaces, setOnline } = setup()
    watch.start()
    setOnline(false)
    await vi.advanceTimersByTimeAsync(1000)
    setOnline(true)
    setInterfaces({ en0: wifi('10.0.0.7') })
    await vi.advanceTimersByTimeAsync(1000)
    expect(triggers).toEqual(['offline', 'online'])
    watch.stop()
  })

  it('reports nothing after it is stopped and leaves no timer behind', async () => {
    const { watch, triggers, setInterfaces } = setup()
    watch.start()
    watch.stop()
    setInterfaces({ en0: wifi('10.0.0.7') })
    await vi.advanceTimersByTimeAsync(10_000)
    expect(triggers).toEqual([])
    expect(vi.getTimerCount()).toBe(0)
  })
})
