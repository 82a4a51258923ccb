import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { CardProfile } from '../../src/shared/profile/schema'
import { exitOf, observationOf } from '../support/observations'
import { usProfile } from '../support/profiles'
import { runCli } from '../support/run-cli'

const dir = mkdtempSync(path.join(tmpdir(), 'paylight-cli-profile-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const write = (name: string, value: unknown) => {
  const file = path.join(dir, name)
  writeFileSync(file, JSON.stringify(value))
  return file
}
const observation = observationOf(Date.parse('2026-11-25T10:00:00Z'), {
  merchant: exitOf('merchant', '104.28.41.17', 'US'),
})

describe('npm run check: the profile as PayLight keeps it', { timeout: 30_000 }, () => {
  it('--json prints the stored profile, so the user sees what is kept', async () => {
    const result = await runCli([
      '--profile',
      write('p.json', usProfile()),
      '--observation',
      write('o.json', observation),
      '--json',
    ])
    const out = JSON.parse(result.stdout) as { profile: CardProfile }
    expect(out.profile).toEqual(usProfile())
    expect(out.profile.card).toMatchObject({ bin: '411111', last4: '1234' })
  })

  it('refuses a profile file hiding a card number in full-width digits, naming the field', async () => {
    const result = await runCli([
      '--profile',
      write('bad.json', usProfile({ billing: { line2: '４１１１ １１１１ １１１１ １１１１' } })),
      '--observation',
      write('o.json', observation),
    ])
    expect(result.code).toBe(64)
    expect(result.stderr).toContain('billing.line2')
    expect(result.stdout).not.toContain('1111')
  })

  it('reads a full-width BIN and last 4 (a Chinese input method) as the digits they are', async () => {
    const result = await runCli([
      '--profile',
      write('wide.json', usProfile({ card: { bin: '４１１１１１', last4: '１２３４' } })),
      '--observation',
      write('o.json', observation),
      '--json',
    ])
    expect(result.stderr).not.toContain('6–8')
    const out = JSON.parse(result.stdout) as { profile: CardProfile }
    expect(out.profile.card).toMatchObject({ bin: '411111', last4: '1234' })
  })
})
