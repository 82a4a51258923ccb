import type { NetworkInterfaceInfo } from 'node:os'
import { SETTLE_MS, setupInterfaceWatch } from '../../../../src/main/setup/setup-interface-watch'
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
    timers: {
      setTimeout: (fn, ms) => setTimeout(fn, ms),
      clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
    },
    pollMs: 1000,
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

  it('asks for a check only once the network has settled', async () => {
    const { watch, triggers, setInterfaces } = setup()
    watch.start()
    setInterfaces({ en0: wifi('192.168.1.2'), utun3: wifi('10.8.0.2') })
    await vi.advanceTimersByTimeAsync(1000)
    expect(triggers).toEqual([])
    await vi.advanceTimersByTimeAsync(SETTLE_MS - 1)
    expect(triggers).toEqual([])
    await vi.advanceTimersByTimeAsync(1)
    expect(triggers).toEqual(['network-change'])
    watch.stop()
  })

  it('turns a burst of changes into one check, timed from the last change', async () => {
    const { watch, triggers, setInterfaces, setOnline } = setup()
    watch.start()
    setOnline(false)
    await vi.advanceTimersByTimeAsync(1000)
    setOnline(true)
    await vi.advanceTimersByTimeAsync(1000)
    setInterfaces({ en0: wifi('10.0.0.7') })
    await vi.advanceTimersByTimeAsync(1000)
    expect(triggers).toEqual([])
    await vi.advanceTimersByTimeAsync(SETTLE_MS)
    expect(triggers).toEqual(['network-change'])
    watch.stop()
  })

  it('asks for nothing after it is stopped, even with a change settling', async () => {
    const { watch, triggers, setInterfaces } = setup()
    watch.start()
    setInterfaces({ en0: wifi('10.0.0.7') })
    await vi.advanceTimersByTimeAsync(1000)
    watch.stop()
    await vi.advanceTimersByTimeAsync(10 * SETTLE_MS)
    expect(triggers).toEqual([])
    expect(vi.getTimerCount()).toBe(0)
  })
})
