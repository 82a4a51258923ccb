import type { NetworkInterfaceInfo } from 'node:os'
import { realTimers } from '../../../../src/shared/monitor/timers'
import {
  createInterfaceWatch,
  INTERFACE_POLL_MS,
  NOTICE_FOLLOW_UP_MS,
  networkFingerprint,
} from '../../../../src/main/network-watch/interface-watch'
import type {
  ChangeNotices,
  NoticeHandlers,
} from '../../../../src/main/network-watch/os-change-notices'

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

  it('without notices, polls: reports interface changes and online/offline transitions, nothing when stable', async () => {
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

  /** Notices the test gives by hand, as the OS would. */
  function handNotices() {
    let handlers: NoticeHandlers | null = null
    let stops = 0
    const notices: ChangeNotices = {
      start: (h) => void (handlers = h),
      stop: () => void (stops += 1),
    }
    return {
      notices,
      notice: () => handlers?.notice(),
      lose: (reason: string) => handlers?.lost(reason),
      stops: () => stops,
    }
  }

  function watchWith(notices: ChangeNotices | null) {
    const state = {
      interfaces: { eth0: [iface('192.168.1.2')] } as NodeJS.Dict<NetworkInterfaceInfo[]>,
      online: true,
    }
    const events: string[] = []
    const polling: string[] = []
    const watch = createInterfaceWatch({
      readInterfaces: () => state.interfaces,
      isOnline: () => state.online,
      timers: realTimers,
      notices,
      onEvent: (e) => events.push(e),
      onPolling: (reason) => polling.push(reason),
    })
    return { state, events, polling, watch }
  }

  it("with the OS's notices, reads the interfaces only on a notice, and a notice alone is no change", async () => {
    const hand = handNotices()
    const { state, events, polling, watch } = watchWith(hand.notices)
    watch.start()
    state.interfaces = { wg0: [iface('10.0.0.2')] }
    await vi.advanceTimersByTimeAsync(10 * INTERFACE_POLL_MS)
    expect(events).toEqual([])
    expect(vi.getTimerCount()).toBe(0)
    hand.notice()
    expect(events).toEqual(['network-change'])
    // An address lifetime refreshed, a Wi-Fi scan: the OS says something, nothing changed.
    hand.notice()
    await vi.advanceTimersByTimeAsync(NOTICE_FOLLOW_UP_MS)
    expect(events).toEqual(['network-change'])
    expect(polling).toEqual([])
    watch.stop()
    expect(hand.stops()).toBe(1)
  })

  it('reads once more a moment after a notice: the online state may follow the address late', async () => {
    const hand = handNotices()
    const { state, events, watch } = watchWith(hand.notices)
    watch.start()
    state.interfaces = {}
    hand.notice()
    state.online = false
    await vi.advanceTimersByTimeAsync(NOTICE_FOLLOW_UP_MS - 1)
    expect(events).toEqual(['network-change'])
    await vi.advanceTimersByTimeAsync(1)
    expect(events).toEqual(['network-change', 'offline'])
    expect(vi.getTimerCount()).toBe(0)
    watch.stop()
  })

  it('falls back to polling once the notices are lost, and says why', async () => {
    const hand = handNotices()
    const { state, events, polling, watch } = watchWith(hand.notices)
    watch.start()
    hand.lose('ip exited (1)')
    expect(polling).toEqual(['ip exited (1)'])
    state.interfaces = { wg0: [iface('10.0.0.2')] }
    await vi.advanceTimersByTimeAsync(INTERFACE_POLL_MS)
    expect(events).toEqual(['network-change'])
    watch.stop()
    await vi.advanceTimersByTimeAsync(10 * INTERFACE_POLL_MS)
    expect(vi.getTimerCount()).toBe(0)
  })

  it('polls where the platform has no notices at all, and ignores notices after stop', async () => {
    const { polling, watch } = watchWith(null)
    watch.start()
    expect(polling).toEqual(['no change notices on this platform'])
    watch.stop()
    expect(vi.getTimerCount()).toBe(0)
    const hand = handNotices()
    const late = watchWith(hand.notices)
    late.watch.start()
    late.watch.stop()
    late.state.interfaces = {}
    hand.notice()
    expect(late.events).toEqual([])
  })
})
