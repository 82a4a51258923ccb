import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { startFakeServer, type FakeServer } from '../support/fake-server'
import { startFakeProxy } from '../support/fake-proxy'
import { fakeGeoProviders, fakeSourceList } from '../support/fake-sources'
import { traceBody } from '../support/provider-bodies'
import { runCli } from '../support/run-cli'
import type { Observation } from '../../src/shared/monitor/observation'

const US = '104.28.41.17'

// One temp folder for the whole file, removed at the end.
const dir = mkdtempSync(path.join(tmpdir(), 'paylight-cli-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('npm run check against fake sources', { timeout: 20_000 }, () => {
  let server: FakeServer
  let sourcesFile: string

  beforeAll(async () => {
    server = await startFakeServer()
    sourcesFile = path.join(dir, 'sources.json')
    writeFileSync(
      sourcesFile,
      JSON.stringify({ sources: fakeSourceList(server), geo: fakeGeoProviders(server) }),
    )
  })
  afterAll(() => server.close())

  it('reports disagreeing sources as they are, without inventing a country', async () => {
    server.setRoute('/chatgpt', { kind: 'body', body: traceBody(US, 'JP') })
    server.setRoute('/openai-api', { kind: 'body', body: traceBody(US, 'T1') })
    server.setRoute('/cloudflare', { kind: 'body', body: traceBody('8.8.8.8', 'DE') })
    server.setRoute('/cf-v4', { kind: 'body', status: 429, body: 'slow down' })
    server.setRoute('/cf-v6', { kind: 'hang' })
    server.setRoute('/ipify', { kind: 'body', body: '<html>captive portal</html>' })
    server.setRoute('/ipify6', { kind: 'body', body: '10.1.2.3' })
    server.setRoute('/geo/', { kind: 'body', status: 500, body: 'oops' })
    const { code, stdout } = await runCli(['--sources', sourcesFile, '--json', '--timeout', '2000'])
    expect(code).toBe(0)
    const o = JSON.parse(stdout) as Observation
    expect(o.exits.merchant?.ip).toBe(US)
    expect(o.exits.merchant?.agreement).toBe('disagree')
    expect(o.exits.merchant?.witnesses.find((w) => w.by === 'openai-api')?.country).toBeNull()
    expect(o.exits.ipv4).toMatchObject({ ip: '8.8.8.8', seenBy: ['cloudflare'] })
    expect(o.split).toMatchObject({ ipDiffers: true })
    const codes = Object.fromEntries(o.sightings.map((s) => [s.source, s.failure?.code ?? 'ok']))
    expect(codes).toEqual({
      chatgpt: 'ok',
      'openai-api': 'ok',
      cloudflare: 'ok',
      'cf-v4': 'rate-limited',
      'cf-v6': 'timeout',
      ipify: 'garbage',
      ipify6: 'not-public',
    })
    expect(o.exits.merchant?.witnesses.find((w) => w.kind === 'online')).toMatchObject({
      country: null,
      detail: expect.stringContaining('HTTP 500'),
    })
  })

  it('prints a readable report that names each failure', async () => {
    server.setRoute('/chatgpt', { kind: 'body', body: traceBody(US, 'US') })
    const { code, stdout } = await runCli([
      '--sources',
      sourcesFile,
      '--timeout',
      '2000',
      '--lang',
      'en',
    ])
    expect(code).toBe(0)
    expect(stdout).toContain(`Merchant route (what OpenAI sees): ${US}`)
    expect(stdout).toMatch(/cf-v4 +rate limited \(429\)/)
    expect(stdout).toMatch(/cf-v6 +timed out/)
    expect(stdout).toMatch(
      /ipify6 +answer is a private or reserved address \(10\.1\.2\.3 is private\)/,
    )
  })

  it('exits 3 when nothing could be observed', async () => {
    for (const s of fakeSourceList(server))
      server.setRoute(`/${s.name}`, { kind: 'body', status: 502, body: 'bad gateway' })
    const { code, stdout } = await runCli(['--sources', sourcesFile, '--json', '--timeout', '2000'])
    expect(code).toBe(3)
    expect((JSON.parse(stdout) as Observation).exits).toEqual({
      merchant: null,
      ipv4: null,
      ipv6: null,
    })
  })

  it('goes through HTTP(S)_PROXY when the environment names one', async () => {
    server.setRoute('/chatgpt', { kind: 'body', body: traceBody('9.9.9.9', 'CH') })
    const proxy = await startFakeProxy()
    try {
      const env = { HTTP_PROXY: proxy.origin, HTTPS_PROXY: proxy.origin }
      const { code, stdout } = await runCli(
        ['--sources', sourcesFile, '--json', '--timeout', '2000', '--no-cross-check'],
        env,
      )
      expect(code).toBe(0)
      const o = JSON.parse(stdout) as Observation
      expect(o.exits.merchant).toMatchObject({ ip: '9.9.9.9' })
      expect(o.proxy?.[0]).toEqual({
        url: 'https://chatgpt.com/',
        rule: `PROXY ${new URL(proxy.origin).host}`,
      })
      expect(proxy.tunnels).toContain(new URL(server.origin).host)
    } finally {
      await proxy.close()
    }
  })

  it('exits 64 on a usage error or a bad sources file', async () => {
    expect((await runCli(['--nope'])).code).toBe(64)
    const bad = path.join(dir, 'bad.json')
    writeFileSync(
      bad,
      JSON.stringify([
        { name: 'x', url: 'gopher://x', kind: 'trace', family: 'any', parser: 'cf-trace' },
      ]),
    )
    const result = await runCli(['--sources', bad])
    expect(result.code).toBe(64)
    expect(result.stderr).toContain('url must be http(s)')
  })
})
