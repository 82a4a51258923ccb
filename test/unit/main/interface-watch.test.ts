import type { NetworkInterfaceInfo } from 'node:os'
import { realTimers } from '../../../src/shared/monitor/timers'
import { createInterfaceWatch, networkFingerprint } from '../../../src/main/interface-watch'

const iface = (address: string, internal = false): NetworkInterfaceInfo =>
  ({
    address,
    netmask: '255.255.255.0',
    family: address.includes(':') ? 'IPv6' : 'IPv4',
    mac: '00:00:00:00:00:00',
    internal,
    cidr: null,
  }) as NetworkInterfaceInfo

describe('networkFingerprint', () => {
  it('ignores loopback and order', () => {
    const a = networkFingerprint({
      lo: [iface('127.0.0.1', true)],
      eth0: [iface('192.168.1.2'), iface('fe80::1')],
    })
    const b = networkFingerprint({ eth0: [iface('fe80::1'), iface('192.168.1.2')] })
    expect(a).toBe(b)
  })

  it('changes when a VPN tunnel appears', () => {
    const before = networkFingerprint({ eth0: [iface('192.168.1.2')] })
    const after = networkFingerprint({ eth0: [iface('192.168.1.2')], utun3: [iface('10.8.0.2')] })
    expect(after).not.toBe(before)
  })
})

describe('createInterfaceWatch', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('reports interface changes and online/offline transitions, and nothing when stable', async () => {
    let interfaces: NodeJS.Dict<NetworkInterfaceInfo[]> = { eth0: [iface('192.168.1.2')] }
    let online = true
    const events: string[] = []
    const watch = createInterfaceWatch({
      readInterfaces: () => interfaces,
      isOnline: () => online,
      timers: realTimers,
      pollMs: 1000,
      onEvent: (e) => events.push(e),
    })
    watch.start()
    await vi.advanceTimersByTimeAsync(3000)
    expect(events).toEqual([])
    interfaces = { eth0: [iface('192.168.1.2')], wg0: [iface('10.0.0.2')] }
    await vi.advanceTimersByTimeAsync(1000)
    online = false
    await vi.advanceTimersByTimeAsync(1000)
    online = true
    await vi.advanceTimersByTimeAsync(1000)
    expect(events).toEqual(['network-change', 'offline', 'online'])
    watch.stop()
    interfaces = {}
    await vi.advanceTimersByTimeAsync(5000)
    expect(events).toHaveLength(3)
  })
})
