import { noticeOf } from '../../../src/shared/alerts/alert-notice'
import { lastExitChangeAt } from '../../../src/shared/alerts/alert-policy'
import { alertDriver, type ExitsSpec } from '../../support/alert-driver'

const US = '104.28.41.17'
const JP = '45.76.1.2'
const CN6 = '240e:3b7::1'
const JP6 = '2001:19f0::1'
const home: ExitsSpec = { merchant: [US, 'US'], ipv4: [US, 'US'], ipv6: [CN6, 'CN'] }
const tokyo: ExitsSpec = { merchant: [JP, 'JP'], ipv4: [JP, 'JP'], ipv6: [JP6, 'JP'] }
const kinds = (d: ReturnType<typeof alertDriver>) => d.events.map((e) => e.kind)

describe('the alert policy', () => {
  it('announces a reconnect that moves every route as one notice listing all of them', () => {
    const d = alertDriver()
    d.full(0, home, 'green', 'start')
    d.probe(60, 'green')
    d.full(120, tokyo, 'green', 'probe-changed')
    expect(kinds(d)).toEqual(['exit-changed'])
    const notice = noticeOf(d.events[0]!, 'zh')
    expect(notice).toEqual({
      title: '出口国家变了',
      body: `美国 ${US} → 日本 ${JP}（商户线路、IPv4）；中国 ${CN6} → 日本 ${JP6}（IPv6）`,
      page: 'status',
    })
    expect(noticeOf(d.events[0]!, 'en').body).toBe(
      `United States ${US} → Japan ${JP} (merchant route, IPv4); ` +
        `China ${CN6} → Japan ${JP6} (IPv6)`,
    )
  })

  it('puts a light that moved with the exit into the same notice', () => {
    const d = alertDriver()
    d.full(0, home, 'green', 'start')
    d.full(60, { ...home, merchant: ['1.2.4.8', 'CN'] }, 'red', 'probe-changed')
    expect(d.events).toEqual([
      expect.objectContaining({ kind: 'exit-changed', light: { from: 'green', to: 'red' } }),
    ])
    expect(noticeOf(d.events[0]!, 'zh').body).toBe(
      `美国 ${US} → 中国 1.2.4.8（商户线路）；红绿灯：绿 → 红`,
    )
  })

  it('raises no alert on wake when the network comes back as it was, even via a half-built route', () => {
    const d = alertDriver()
    d.full(0, home, 'green', 'start')
    d.suspend(30, 'grey')
    // A check runs before the network settled: the home line shows through for a moment.
    d.full(3610, { merchant: ['1.2.4.8', 'CN'], ipv4: ['1.2.4.8', 'CN'] }, 'red', 'probe-changed')
    d.full(3615, home, 'green', 'resume')
    d.probe(3675, 'green')
    expect(d.events).toEqual([])
  })

  it('compares a later check with the old exit when the settled check itself failed', () => {
    const d = alertDriver()
    d.full(0, home, 'green', 'start')
    d.suspend(30, 'grey')
    d.fail(3605, 'grey', 'resume')
    expect(d.events).toEqual([])
    d.full(3725, tokyo, 'green', 'interval')
    expect(kinds(d)).toEqual(['exit-changed'])
  })

  it('compares the first settled check after a wake with the exit from before the sleep', () => {
    const d = alertDriver()
    d.full(0, home, 'green', 'start')
    d.suspend(30, 'grey')
    d.full(3605, tokyo, 'yellow', 'resume')
    expect(kinds(d)).toEqual(['exit-changed'])
    expect(d.events[0]).toMatchObject({ light: { from: 'green', to: 'yellow' } })
  })

  it('holds everything after an interface change until the settled check, then says it once', () => {
    const d = alertDriver()
    d.full(0, home, 'green', 'start')
    d.networkChange(61, 'green')
    d.full(61.2, { merchant: [JP, 'JP'] }, 'yellow', 'probe-changed')
    d.fail(61.5, 'grey', 'network-change')
    d.full(63.5, tokyo, 'green', 'network-change')
    expect(kinds(d)).toEqual(['exit-changed'])
    expect(d.events[0]).toMatchObject({
      changes: [{ route: 'merchant' }, { route: 'ipv4' }, { route: 'ipv6' }],
    })
  })

  it('calls a route that failed unknown until a second full check confirms it is gone', () => {
    const d = alertDriver()
    d.full(0, home, 'green', 'start')
    d.full(60, { merchant: [US, 'US'], ipv4: [US, 'US'] }, 'green', 'probe-changed')
    d.full(600, home, 'green')
    expect(d.events).toEqual([])
    d.full(1200, { merchant: [US, 'US'], ipv4: [US, 'US'] }, 'green', 'probe-changed')
    d.full(1800, { merchant: [US, 'US'], ipv4: [US, 'US'] }, 'green')
    expect(noticeOf(d.events[0]!, 'zh').body).toBe(`中国 ${CN6} 已消失（IPv6）`)
    expect(d.events).toHaveLength(1)
  })

  it('holds a light that moved only because a route failed, until a full check confirms it', () => {
    const d = alertDriver()
    d.full(0, home, 'red', 'start')
    d.full(60, { merchant: [US, 'US'], ipv4: [US, 'US'] }, 'green', 'probe-changed')
    d.probe(120, 'green')
    d.full(180, home, 'red', 'probe-changed')
    expect(d.events).toEqual([])
    d.full(600, { merchant: [US, 'US'], ipv4: [US, 'US'] }, 'green', 'probe-changed')
    d.full(1200, { merchant: [US, 'US'], ipv4: [US, 'US'] }, 'green')
    expect(d.events).toEqual([
      expect.objectContaining({
        kind: 'exit-changed',
        changes: [expect.objectContaining({ route: 'ipv6', toIp: null })],
        light: { from: 'red', to: 'green' },
      }),
    ])
  })

  it('turns flapping into one summary, stays quiet, and speaks again once it settled', () => {
    const d = alertDriver()
    d.full(0, home, 'yellow', 'start')
    for (let i = 1; i <= 8; i++) d.full(i * 60, i % 2 ? tokyo : home, 'yellow', 'probe-changed')
    expect(kinds(d)).toEqual([...Array(5).fill('exit-changed'), 'flapping'])
    expect(noticeOf(d.events[5]!, 'zh')).toEqual({
      title: '出口不稳定',
      body: '出口 10 分钟内变化 6 次。稳定之前不再逐次提醒，请暂缓付款。',
      page: 'history',
    })
    d.probe(8 * 60 + 299, 'yellow')
    d.full(8 * 60 + 600, tokyo, 'yellow', 'probe-changed')
    expect(kinds(d)).toEqual([...Array(5).fill('exit-changed'), 'flapping', 'exit-changed'])
  })

  it('announces red, yellow and back to green; grey only after two failed checks in a row', () => {
    const d = alertDriver()
    d.full(0, home, 'green', 'start')
    d.judge(10, 'red')
    d.judge(20, 'yellow')
    d.full(60, home, 'green')
    d.fail(120, 'grey')
    expect(d.events.map((e) => (e.kind === 'light-changed' ? e.shift.to : e.kind))).toEqual([
      'red',
      'yellow',
      'green',
    ])
    d.fail(240, 'grey')
    expect(d.events.at(-1)).toMatchObject({ kind: 'checks-failing', failures: 2, from: 'green' })
    expect(noticeOf(d.events.at(-1)!, 'en').title).toBe('2 checks in a row failed')
    d.fail(480, 'grey')
    d.full(960, home, 'green')
    expect(d.events.at(-1)).toMatchObject({
      kind: 'light-changed',
      shift: { from: 'failing', to: 'green' },
    })
    expect(d.events).toHaveLength(5)
  })

  it('leaves the cool-down’s start to its own notice, and speaks again when the light leaves it', () => {
    const d = alertDriver()
    d.full(0, home, 'green', 'start')
    d.judge(10, 'wait')
    expect(d.events).toEqual([])
    d.judge(20, 'red')
    expect(d.events.map((e) => (e.kind === 'light-changed' ? e.shift : e.kind))).toEqual([
      { from: 'wait', to: 'red' },
    ])
  })

  it('keeps a grey that is not about failures (stale evidence, no profile) silent', () => {
    const d = alertDriver()
    d.judge(0, 'grey')
    d.full(5, home, 'green', 'start')
    d.judge(200, 'grey')
    d.full(300, home, 'green')
    expect(d.events).toEqual([])
  })

  it('dates "exit changed recently" from the same history the alerts use', () => {
    const d = alertDriver()
    d.full(0, home, 'green', 'start')
    expect(lastExitChangeAt(d.state())).toBeNull()
    d.networkChange(50, 'green')
    d.full(50.5, tokyo, 'green', 'probe-changed')
    expect(lastExitChangeAt(d.state())).toBeNull()
    d.full(52, tokyo, 'green', 'network-change')
    expect(lastExitChangeAt(d.state())).toBe('2026-11-25T10:00:52.000Z')
  })
})
