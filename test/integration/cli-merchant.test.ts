import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { CountryCode } from '../../src/shared/country'
import type { Observation } from '../../src/shared/monitor/observation'
import type { Verdict } from '../../src/shared/verdict/types'
import { startFakeServer, type FakeServer } from '../support/fake-server'
import { fakeGeoProviders, fakeSourceList } from '../support/fake-sources'
import { fixture, traceBody } from '../support/provider-bodies'
import { usProfile } from '../support/profiles'
import { runCli } from '../support/run-cli'

// A home broadband address (Comcast, AS7922, US) and one in Hong Kong (PCCW, AS4760).
const US_HOME = '73.15.20.1'
const HK_HOME = '218.102.1.1'

/** ipwho.is's answer for an IP, with the network owner it names. */
function ipwhoisBody(ip: string, country: string, asn: number, org: string): string {
  const body = JSON.parse(fixture('ipwhois.json')) as Record<string, unknown>
  return JSON.stringify({ ...body, ip, country_code: country, connection: { asn, org } })
}

describe(
  'checks for a second merchant end to end (--merchant anthropic)',
  { timeout: 30_000 },
  () => {
    let server: FakeServer
    let dir: string
    let sourcesFile: string
    const write = (name: string, value: unknown) => {
      const file = path.join(dir, name)
      writeFileSync(file, JSON.stringify(value))
      return file
    }
    const everyTrace = (ip: string, loc: string) => {
      for (const s of fakeSourceList(server))
        server.setRoute(
          `/${s.name}`,
          s.family === 'v6'
            ? { kind: 'reset' }
            : { kind: 'body', body: s.parser === 'plain-ip' ? ip : traceBody(ip, loc) },
        )
    }

    beforeAll(async () => {
      server = await startFakeServer()
      dir = mkdtempSync(path.join(tmpdir(), 'paylight-merchant-'))
      sourcesFile = write('sources.json', {
        sources: fakeSourceList(server),
        geo: fakeGeoProviders(server).slice(0, 1),
      })
    })
    afterAll(async () => {
      await server.close()
      rmSync(dir, { recursive: true, force: true })
    })

    it("asks no OpenAI edge and reads Anthropic's route from claude.ai's own trace", async () => {
      everyTrace(US_HOME, 'US')
      server.setRoute('/geo/ipwhois/', {
        kind: 'body',
        body: ipwhoisBody(US_HOME, 'US', 7922, 'Comcast Cable Communications, LLC'),
      })
      server.requests.length = 0
      const profile = write('us.json', usProfile())
      const args = ['--sources', sourcesFile, '--profile', profile, '--merchant', 'anthropic']
      const result = await runCli([...args, '--json'])
      const out = JSON.parse(result.stdout) as Observation & { verdict: Verdict }
      expect(server.requests.filter((r) => /chatgpt|openai/.test(r))).toEqual([])
      expect(server.requests.some((r) => r.includes('/claude'))).toBe(true)
      expect(out.exits.merchant?.seenBy).toEqual(['claude'])
      // Every online look-up attempt is in the JSON.
      expect(out.geoAttempts).toContainEqual(
        expect.objectContaining({ ip: US_HOME, provider: 'ipwho.is', outcome: 'answered' }),
      )
      expect(out.verdict.findings.map((f) => `${f.id}:${f.severity}`)).toEqual([])
      expect(result.code).toBe(0)
      // Who runs the exit: the offline data, confirmed by the online answer.
      expect(out.exits.ipv4?.network).toEqual({
        asn: 7922,
        org: 'Comcast Cable Communications, LLC',
        kind: 'access',
        reason: 'known-access',
        witnesses: [
          { by: 'local-db', kind: 'local-db', asn: 7922, org: 'Comcast Cable Communications, LLC' },
          { by: 'ipwho.is', kind: 'online', asn: 7922, org: 'Comcast Cable Communications, LLC' },
        ],
        agreement: 'agree',
      })
      // The proxy routes checked are Anthropic's payment hosts, not OpenAI's.
      const hosts = (out.proxy ?? []).map((p) => new URL(p.url).host)
      expect(hosts).toContain('claude.ai')
      expect(hosts).toContain('js.stripe.com')
      expect(hosts).not.toContain('chatgpt.com')

      const readable = await runCli(args)
      expect(readable.stdout).toContain('Merchants watched: Anthropic (Claude)')
      expect(readable.stdout).toContain(
        'AS7922 Comcast Cable Communications, LLC · home / mobile access',
      )
    })

    it("says the route is unknown when claude.ai's trace fails", async () => {
      everyTrace(US_HOME, 'US')
      server.setRoute('/claude', { kind: 'reset' })
      const profile = write('us-untraced.json', usProfile())
      const args = ['--sources', sourcesFile, '--profile', profile, '--merchant', 'anthropic']
      const out = JSON.parse((await runCli([...args, '--json'])).stdout) as { verdict: Verdict }
      expect(out.verdict.light).toBe('yellow')
      expect(out.verdict.findings[0]?.id).toBe('merchant-route-unknown')
      expect(out.verdict.findings[0]?.message.en).toContain('Anthropic')
    })

    it('is red for an all-Hong-Kong profile: Anthropic does not serve Hong Kong', async () => {
      everyTrace(HK_HOME, 'HK')
      server.setRoute('/geo/ipwhois/', {
        kind: 'body',
        body: ipwhoisBody(HK_HOME, 'HK', 4760, 'PCCW IMS Limited'),
      })
      const hk = usProfile({
        card: { issuingCountry: 'HK' as CountryCode },
        billing: { country: 'HK' as CountryCode, state: '', postalCode: '', city: 'Hong Kong' },
      })
      const result = await runCli([
        '--sources',
        sourcesFile,
        '--profile',
        write('hk.json', hk),
        '--merchant',
        'anthropic',
        '--json',
      ])
      const out = JSON.parse(result.stdout) as { verdict: Verdict }
      expect(result.code).toBe(2)
      const red = out.verdict.findings.filter((f) => f.severity === 'red')
      expect(red.map((f) => [f.id, f.evidence['merchant'], f.evidence['country']])).toEqual([
        ['region-not-served', 'anthropic', 'HK'],
      ])
    })

    it('takes a comma list or repeats, and refuses a merchant it does not know', async () => {
      everyTrace(US_HOME, 'US')
      server.requests.length = 0
      const both = await runCli([
        '--sources',
        sourcesFile,
        '--no-cross-check',
        '--merchant',
        'openai,anthropic',
        '--merchant',
        'openai',
      ])
      expect(both.stdout).toContain('Merchants watched: OpenAI (ChatGPT / API), Anthropic (Claude)')
      expect(server.requests.some((r) => r.startsWith('/chatgpt'))).toBe(true)
      const bad = await runCli(['--merchant', 'stripe'])
      expect(bad.code).toBe(64)
      expect(bad.stderr).toContain('--merchant must name openai or anthropic (not "stripe")')
    })
  },
)
