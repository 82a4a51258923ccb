import {
  monitorCommand,
  windowsWatcherScript,
} from '../../../../src/main/network-watch/monitor-command'
import {
  createOsChangeNotices,
  HEALTHY_RUN_MS,
  MAX_QUICK_EXITS,
  RESTART_MS,
} from '../../../../src/main/network-watch/os-change-notices'
import { realTimers } from '../../../../src/shared/monitor/timers'
import { fakeSpawn } from '../../../support/fake-monitor'

function started(platform: NodeJS.Platform = 'linux') {
  const spawn = fakeSpawn()
  const notices = createOsChangeNotices({
    platform,
    spawn,
    timers: realTimers,
    now: Date.now,
    parentPid: 4242,
  })
  if (!notices) throw new Error(`no notices on ${platform}`)
  const seen: string[] = []
  notices.start({ notice: () => seen.push('notice'), lost: (why) => seen.push(`lost: ${why}`) })
  return { spawn, notices, seen, child: () => spawn.children.at(-1) }
}

describe('createOsChangeNotices', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('gives a notice per output chunk line that names an address or interface change', () => {
    const { child, seen, notices } = started()
    child()?.print('[ADDR]3: wlan0    inet 192.168.1.7/24 brd 192.168.1.255 scope global dyn')
    expect(seen).toEqual([])
    child()?.print('amic wlan0\\       valid_lft 86398sec preferred_lft 86398sec\n[LI')
    expect(seen).toEqual(['notice'])
    child()?.print('NK]3: wlan0: <BROADCAST,MULTICAST,UP> mtu 1500 state UP\r\n')
    child()?.print('Timestamp: not ours\n\n')
    expect(seen).toEqual(['notice', 'notice'])
    notices.stop()
  })

  it('restarts a monitor that exits, reading the interfaces again once it is back', async () => {
    const { spawn, child, seen, notices } = started()
    await vi.advanceTimersByTimeAsync(HEALTHY_RUN_MS)
    child()?.exit(0)
    expect(spawn.children).toHaveLength(1)
    await vi.advanceTimersByTimeAsync(RESTART_MS)
    expect(spawn.children).toHaveLength(2)
    expect(seen).toEqual(['notice'])
    notices.stop()
  })

  it(`gives up after ${MAX_QUICK_EXITS} quick exits in a row, backing off between them`, async () => {
    const { spawn, child, seen } = started()
    child()?.exit(1)
    await vi.advanceTimersByTimeAsync(2 * RESTART_MS - 1)
    expect(spawn.children).toHaveLength(1)
    await vi.advanceTimersByTimeAsync(1)
    expect(spawn.children).toHaveLength(2)
    child()?.exit(1)
    await vi.advanceTimersByTimeAsync(4 * RESTART_MS)
    expect(spawn.children).toHaveLength(3)
    child()?.exit(1)
    expect(seen).toEqual(['notice', 'notice', 'lost: ip exited (1)'])
    await vi.advanceTimersByTimeAsync(60_000)
    expect(spawn.children).toHaveLength(3)
    expect(vi.getTimerCount()).toBe(0)
  })

  it('counts as lost at once when the command does not exist', async () => {
    const { child, seen, spawn } = started('darwin')
    child()?.fail('ENOENT')
    child()?.exit(-2)
    expect(seen).toEqual(['lost: /sbin/route: ENOENT'])
    await vi.advanceTimersByTimeAsync(60_000)
    expect(spawn.children).toHaveLength(1)
  })

  it('kills its child on stop and neither restarts it nor reports', async () => {
    const { spawn, child, seen, notices } = started()
    notices.stop()
    expect(child()?.killed).toBe(true)
    await vi.advanceTimersByTimeAsync(60_000)
    expect(spawn.children).toHaveLength(1)
    expect(seen).toEqual([])
    expect(vi.getTimerCount()).toBe(0)
  })

  it('has no monitor on a platform without one', () => {
    const spawn = fakeSpawn()
    const none = createOsChangeNotices({
      platform: 'freebsd',
      spawn,
      timers: realTimers,
      now: Date.now,
      parentPid: 1,
    })
    expect(none).toBeNull()
    expect(monitorCommand('aix', 1)).toBeNull()
  })
})

describe('windowsWatcherScript', () => {
  it('waits on both NetworkChange events and ends once PayLight is gone', () => {
    const script = windowsWatcherScript(4242)
    expect(script).toContain('-EventName NetworkAddressChanged -SourceIdentifier address')
    expect(script).toContain('-EventName NetworkAvailabilityChanged -SourceIdentifier availability')
    expect(script).toContain('Get-Process -Id 4242')
    // PowerShell takes no separator between an `if` block and its `elseif`.
    expect(script).toMatch(/\} elseif \(/)
    expect(script).not.toMatch(/\}\s*;\s*elseif/)
    // One -Command argument with no double quotes: nothing for Windows' argument quoting to break.
    expect(script).not.toMatch(/["\n]/)
  })
})
