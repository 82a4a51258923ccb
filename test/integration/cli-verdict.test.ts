import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Observation } from '../../src/shared/monitor/observation'
import type { Verdict } from '../../src/shared/verdict/types'
import { exitOf, observationOf } from '../support/observations'
import { usProfile } from '../support/profiles'
import { runCli } from '../support/run-cli'
import { startFakeServer } from '../support/fake-server'
import { fakeSourceList, v4Only } from '../support/fake-sources'
import { traceBody } from '../support/provider-bodies'

const dir = mkdtempSync(path.join(tmpdir(), 'paylight-cli-verdict-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const write = (name: string, value: unknown) => {
  const file = path.join(dir, name)
  writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value))
  return file
}
const t0 = Date.parse('2026-11-25T10:00:00Z')
const usObservation = observationOf(t0, { merchant: exitOf('merchant', '104.28.41.17', 'US') })

describe('npm run check with a profile', { timeout: 30_000 }, () => {
  it('evaluates a saved observation: green exits 0', async () => {
    const result = await runCli([
      '--profile',
      write('p.json', usProfile()),
      '--observation',
      write('o.json', usObservation),
      '--as-of-observation',
    ])
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('Green')
  })

  it('red exits 2 and names the findings; --json adds the verdict', async () => {
    const cn = observationOf(t0, { merchant: exitOf('merchant', '1.2.4.8', 'CN') })
    const result = await runCli([
      '--profile',
      write('p.json', usProfile()),
      '--observation',
      write('cn.json', cn),
      '--as-of-observation',
      '--json',
    ])
    expect(result.code).toBe(2)
    const out = JSON.parse(result.stdout) as Observation & { verdict: Verdict }
    expect(out.verdict.light).toBe('red')
    expect(out.verdict.findings.map((f) => f.id).sort()).toEqual([
      'network-vs-billing',
      'network-vs-card',
      'region-not-served',
    ])
  })

  it('yellow exits 1; context from a file or from the observation drives the time rules', async () => {
    const withContext = {
      ...usObservation,
      context: { exitChangedAt: new Date(t0 - 60_000).toISOString() },
    }
    const a = await runCli([
      '--profile',
      write('p.json', usProfile()),
      '--observation',
      write('oc.json', withContext),
      '--as-of-observation',
      '--json',
    ])
    expect(a.code).toBe(1)
    expect(
      (JSON.parse(a.stdout) as { verdict: Verdict }).verdict.findings.map((f) => f.id),
    ).toEqual(['exit-changed-recently'])
    const stale = await runCli([
      '--profile',
      write('p.json', usProfile()),
      '--observation',
      write('o.json', usObservation),
      '--as-of-observation',
      '--context',
      write('c.json', { now: new Date(t0 + 10 * 60_000).toISOString() }),
    ])
    expect(stale.code).toBe(3)
    expect(stale.stdout).toContain('evidence-stale')
    const failed = await runCli([
      '--profile',
      write('p.json', usProfile()),
      '--observation',
      write('o.json', usObservation),
      '--as-of-observation',
      '--context',
      write('f.json', { lastCheckFailed: true }),
    ])
    expect(failed.code).toBe(3)
    expect(failed.stdout).toContain('evidence-failed')
  })

  it('replays a saved observation as of now: old evidence is grey and its age is said', async () => {
    const result = await runCli([
      '--profile',
      write('p.json', usProfile()),
      '--observation',
      write('o.json', usObservation),
    ])
    expect(result.code).toBe(3)
    expect(result.stdout).not.toContain('Green')
    expect(result.stdout).toContain('evidence-stale')
    expect(result.stdout).toMatch(/Evidence from 2026-11-25T10:00:00\.000Z, \d+ h old at /)
    const json = await runCli([
      '--profile',
      write('p.json', usProfile()),
      '--observation',
      write('o.json', usObservation),
      '--json',
    ])
    const out = JSON.parse(json.stdout) as { verdict: Verdict; asOf: string }
    expect(out.verdict.light).toBe('grey')
    expect(Date.parse(out.asOf)).toBeGreaterThan(t0)
  })

  it('--as-of-observation needs --observation', async () => {
    const result = await runCli(['--profile', write('p.json', usProfile()), '--as-of-observation'])
    expect(result.code).toBe(64)
    expect(result.stderr).toContain('--as-of-observation needs --observation')
  })

  it('names a misspelt field and the one meant', async () => {
    const misspelt = await runCli([
      '--profile',
      write('pz.json', { card: { bin: '411111' }, billing: { country: 'US', zip: '90210' } }),
      '--observation',
      write('o.json', usObservation),
      '--context',
      write('mc.json', { exit_changed_at: null }),
    ])
    expect(misspelt.code).toBe(64)
    expect(misspelt.stderr).toContain('did you mean “billing.postalCode”')
    const misspeltContext = await runCli([
      '--profile',
      write('p.json', usProfile()),
      '--observation',
      write('o.json', usObservation),
      '--context',
      write('mc.json', { exit_changed_at: null }),
    ])
    expect(misspeltContext.code).toBe(64)
    expect(misspeltContext.stderr).toContain('did you mean “exitChangedAt”')
  })

  it('accepts back exactly what --json printed', async () => {
    const first = await runCli([
      '--profile',
      write('p.json', usProfile({ billing: { state: 'NY' } })),
      '--observation',
      write('o.json', usObservation),
      '--as-of-observation',
      '--json',
    ])
    const again = await runCli([
      '--profile',
      write('p.json', usProfile({ billing: { state: 'NY' } })),
      '--observation',
      write('printed.json', first.stdout),
      '--as-of-observation',
      '--json',
    ])
    expect(again.code).toBe(first.code)
    expect(JSON.parse(again.stdout)).toEqual(JSON.parse(first.stdout))
  })

  it('evaluates a live check against fake sources', async () => {
    const server = await startFakeServer()
    try {
      for (const s of v4Only(fakeSourceList(server)))
        server.setRoute(
          `/${s.name}`,
          // A home broadband address (Comcast, AS7922): a relay or data-centre exit is yellow.
          { kind: 'body', body: traceBody('73.15.20.1', 'US') },
        )
      const sources = write('s.json', v4Only(fakeSourceList(server)))
      const result = await runCli([
        '--profile',
        write('p.json', usProfile()),
        '--sources',
        sources,
        '--context',
        write('tz.json', { timeZone: 'America/Los_Angeles' }),
        '--json',
      ])
      const out = JSON.parse(result.stdout) as { verdict: Verdict }
      expect(out.verdict.light).toBe('green')
      expect(result.code).toBe(0)
    } finally {
      await server.close()
    }
  })

  it('exits 64 with the reasons for a bad profile, observation or context', async () => {
    const badProfile = await runCli([
      '--profile',
      write('bad.json', {
        ...usProfile(),
        card: { ...usProfile().card, bin: '4111 1111 1111 1111' },
      }),
      '--observation',
      write('o.json', usObservation),
      '--as-of-observation',
    ])
    expect(badProfile.code).toBe(64)
    expect(badProfile.stderr).toContain('full card number')
    const badObservation = await runCli([
      '--profile',
      write('p.json', usProfile()),
      '--observation',
      write('bo.json', {
        ...usObservation,
        exits: {
          ...usObservation.exits,
          merchant: { ...usObservation.exits.merchant, ip: 'not-an-ip' },
        },
      }),
    ])
    expect(badObservation.code).toBe(64)
    expect(badObservation.stderr).toContain('exits.merchant.ip: is not an IP address')
    const badContext = await runCli([
      '--profile',
      write('p.json', usProfile()),
      '--observation',
      write('o.json', usObservation),
      '--as-of-observation',
      '--context',
      write('bc.json', { now: 'yesterday' }),
    ])
    expect(badContext.code).toBe(64)
    expect((await runCli(['--observation', write('broken.json', '{ nope')])).code).toBe(64)
  })
})
