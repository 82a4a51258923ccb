import type { NetworkInterfaceInfo } from 'node:os'
import { realTimers } from '../../../../src/shared/monitor/timers'
import { setLogSink, type LogEntry } from '../../../../src/shared/util/logger'
import { setupPower, type PowerMonitorHints } from '../../../../src/main/setup/setup-power'
import { createFakeElectron } from '../../../support/fake-electron/fake-electron-core.mjs'
import { fakeSpawn } from '../../../support/fake-monitor'

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

function setup(platform: NodeJS.Platform = 'linux') {
  let interfaces: NodeJS.Dict<NetworkInterfaceInfo[]> = { en0: wifi('192.168.1.2') }
  let online = true
  const triggers: string[] = []
  const { electron, control } = createFakeElectron({ platform })
  const spawn = fakeSpawn()
  const monitor: PowerMonitorHints = {
    suspend: () => triggers.push('suspend'),
    resume: () => triggers.push('resume'),
    trigger: (t) => triggers.push(t),
  }
  const start = () =>
    setupPower(
      { powerMonitor: electron.powerMonitor, net: { isOnline: () => online } },
      {
        os: { networkInterfaces: () => interfaces },
        timers: realTimers,
        monitor,
        platform,
        spawn,
        now: Date.now,
        pid: 4242,
      },
    )
  return {
    start,
    control,
    spawn,
    triggers,
    setInterfaces: (next: NodeJS.Dict<NetworkInterfaceInfo[]>) => (interfaces = next),
    setOnline: (next: boolean) => (online = next),
  }
}

describe('setupPower', () => {
  const logs: LogEntry[] = []
  beforeEach(() => {
    vi.useFakeTimers()
    logs.length = 0
    setLogSink((entry) => logs.push(entry), 'debug')
  })
  afterEach(() => {
    setLogSink(null)
    vi.useRealTimers()
  })

  it('hands sleep and wake to the monitor as they come', () => {
    const { start, control, triggers } = setup()
    const power = start()
    control.suspend()
    control.resume()
    expect(triggers).toEqual(['suspend', 'resume'])
    power.stop()
  })

  it("learns of an interface change from the OS's notice and hands it to the monitor at once", async () => {
    const { start, spawn, triggers, setInterfaces } = setup()
    const power = start()
    expect(spawn.children.map((c) => [c.command, ...c.args])).toEqual([
      ['ip', '-o', 'monitor', 'label', 'link', 'address'],
    ])
    // Between notices nothing is armed: the process sleeps until the OS says something.
    await vi.advanceTimersByTimeAsync(60_000)
    expect(vi.getTimerCount()).toBe(0)
    setInterfaces({ en0: wifi('192.168.1.2'), utun3: wifi('10.8.0.2') })
    await vi.advanceTimersByTimeAsync(60_000)
    expect(triggers).toEqual([])
    spawn.children[0]?.print('[ADDR]7: utun3    inet 10.8.0.2/32 scope global utun3\n')
    expect(triggers).toEqual(['network-change'])
    power.stop()
  })

  it('on macOS and Windows starts their own monitor commands', () => {
    for (const [platform, command] of [
      ['darwin', '/sbin/route'],
      ['win32', 'powershell.exe'],
    ] as const) {
      const { start, spawn } = setup(platform)
      const power = start()
      expect(spawn.children.map((c) => c.command)).toEqual([command])
      power.stop()
      expect(spawn.children[0]?.killed).toBe(true)
    }
  })

  it('polls every 5 s where the system has no monitor command, and says so in the log', async () => {
    const { start, spawn, triggers, setInterfaces } = setup()
    const power = start()
    spawn.children[0]?.fail('ENOENT')
    expect(logs.map((l) => [l.level, l.message])).toEqual([
      ['warn', 'no network change notices from the system; polling'],
    ])
    setInterfaces({ en0: wifi('10.0.0.7') })
    await vi.advanceTimersByTimeAsync(4999)
    expect(triggers).toEqual([])
    await vi.advanceTimersByTimeAsync(1)
    expect(triggers).toEqual(['network-change'])
    power.stop()
  })

  it('ends its monitor and leaves no timer behind when stopped', async () => {
    const { start, spawn, triggers, setInterfaces } = setup()
    start().stop()
    expect(spawn.children[0]?.killed).toBe(true)
    setInterfaces({ en0: wifi('10.0.0.7') })
    await vi.advanceTimersByTimeAsync(10_000)
    expect(triggers).toEqual([])
    expect(vi.getTimerCount()).toBe(0)
  })
})
