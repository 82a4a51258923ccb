import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { setupServices } from '../../../../src/main/setup/setup-services'
import { type LogEntry, setLogSink } from '../../../../src/shared/util/logger'
import { realTimers } from '../../../../src/shared/monitor/timers'
import { createFakeElectron } from '../../../support/fake-electron/fake-electron-core.mjs'
import { usProfile } from '../../../support/profiles'
import { useTempDirs } from '../../../support/temp-dirs'

const tempDir = useTempDirs('paylight-setup-services-')

/** The services over the fake Electron once ready, with the log and the links opened recorded. */
async function start(options: { locale?: string; resourcesDir?: string } = {}) {
  const userData = tempDir()
  const asked: string[] = []
  const { electron, control } = createFakeElectron({
    platform: 'linux',
    userData,
    ...(options.locale ? { locale: options.locale } : {}),
    fetch: async (url, _init, session) => {
      asked.push(`${session.partition} ${url}`)
      throw new TypeError('net::ERR_INTERNET_DISCONNECTED')
    },
  })
  await electron.app.whenReady()
  const logs: LogEntry[] = []
  setLogSink((entry) => logs.push(entry), 'info')
  onTestFinished(() => setLogSink(null))
  const opened: string[] = []
  const shell = { openExternal: async (url: string) => void opened.push(url) }
  const services = await setupServices(
    { ...electron, shell },
    {
      resourcesDir: options.resourcesDir ?? 'resources',
      platform: 'linux',
      timers: realTimers,
      notify: () => undefined,
    },
  )
  onTestFinished(() => services.stop())
  return { services, control, userData, asked, logs, opened }
}

describe('setupServices', () => {
  it('speaks the system language and finds every shipped resource', async () => {
    const { services, logs } = await start({ locale: 'en-US' })
    expect(services.state().lang).toBe('en')
    expect(logs.filter((entry) => entry.level === 'error')).toEqual([])
  })

  it('names every missing shipped file in the log and still starts, on empty offline data', async () => {
    const { services, logs } = await start({ resourcesDir: tempDir() })
    const missing = logs.find((entry) => entry.message === 'shipped resources missing')
    expect(missing?.data?.['missing']).toEqual(
      expect.arrayContaining(['geo-whois-asn-country.mmdb', 'asn.bin']),
    )
    expect(services.state().lang).toBe('zh')
  })

  it('runs the checks on their own cache-less session with every permission denied', async () => {
    const { services, control, asked } = await start()
    await services.ipc.checkNow(undefined)
    const checks = control.record.sessions.find((s) => s.partition === 'paylight-checks')
    expect(checks?.options).toEqual({ cache: false })
    expect(checks?.permissionCheckHandler?.()).toBe(false)
    expect(checks?.closeAllConnectionsCalls).toBeGreaterThan(0)
    expect(asked.length).toBeGreaterThan(0)
    expect(asked.every((line) => line.startsWith('paylight-checks '))).toBe(true)
  })

  it('keeps its files in userData, the card profile encrypted through safeStorage', async () => {
    const { services, userData } = await start()
    await expect(services.ipc.saveProfile(usProfile())).resolves.toEqual({ ok: true })
    expect(readdirSync(userData)).toContain('profiles.dat')
    // The fake safeStorage marks what it encrypted: the file holds only that, never plain text.
    const kept = JSON.parse(readFileSync(path.join(userData, 'profiles.dat'), 'utf8')) as {
      encryption: string
      data: string
    }
    expect(kept.encryption).toBe('safeStorage')
    expect(Buffer.from(kept.data, 'base64').toString('utf8')).toMatch(/^enc:\{/)
    expect(JSON.stringify(kept)).not.toContain('Beverly Hills')
  })

  it('opens only allow-listed links in the browser', async () => {
    const { services, opened } = await start()
    await expect(services.ipc.openLink('https://help.openai.com/en/')).resolves.toEqual({
      ok: true,
    })
    await expect(services.ipc.openLink('https://evil.example/')).resolves.toEqual({ ok: false })
    expect(opened).toEqual(['https://help.openai.com/en/'])
  })
})
