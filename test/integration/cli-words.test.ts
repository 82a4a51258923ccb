import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { usProfile } from '../support/profiles'
import { runCli } from '../support/run-cli'

const dir = mkdtempSync(path.join(tmpdir(), 'paylight-cli-words-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const write = (name: string, value: unknown) => {
  const file = path.join(dir, name)
  writeFileSync(file, JSON.stringify(value))
  return file
}

/** The smallest observation exactly as docs/cli-formats.md shows it, so the doc cannot drift. */
function documentedObservation(): unknown {
  const doc = readFileSync(path.join(__dirname, '../../docs/cli-formats.md'), 'utf8')
  const block = /The smallest observation is\s+```json\n([\s\S]*?)```/.exec(doc)?.[1]
  if (!block) throw new Error('docs/cli-formats.md no longer shows the smallest observation')
  return JSON.parse(block) as unknown
}

describe('what the CLI says, in the user language', { timeout: 30_000 }, () => {
  it('prints its help in Chinese under a Chinese locale, in English otherwise', async () => {
    const zh = await runCli(['--help'], { LANG: 'zh_CN.UTF-8', LC_ALL: '' })
    expect(zh.code).toBe(0)
    expect(zh.stdout).toContain('用法：npm run check')
    expect(zh.stdout).not.toContain('Usage:')
    const en = await runCli(['--help'], { LANG: 'en_US.UTF-8', LC_ALL: '' })
    expect(en.stdout).toContain('Usage: npm run check')
  })

  it('explains a usage error in the language --lang asks for, before anything else is checked', async () => {
    const zh = await runCli(['--lang', 'zh', '--timeout', '5'], { LANG: 'en_US.UTF-8', LC_ALL: '' })
    expect(zh.code).toBe(64)
    expect(zh.stderr).toContain('--timeout 必须是 100 到 60000 之间的整数')
    expect(zh.stderr).toContain('用法：')
    const en = await runCli(['--timeout', '5'], { LANG: 'en_US.UTF-8', LC_ALL: '' })
    expect(en.stderr).toContain('--timeout must be a whole number')
  })

  it('never quotes a card number back in a usage error', async () => {
    for (const args of [['--merchant', '4111111111111111'], ['--4111-1111-1111-1111']]) {
      const result = await runCli(args)
      expect(result.code).toBe(64)
      expect(result.stderr.replace(/\D/g, '')).not.toContain('4111111111111111')
      expect(result.stderr).toContain('•••')
    }
  })

  it('the documented observation replays as of its own time: no grey, no empty heading, no raw source names', async () => {
    const args = [
      '--profile',
      write('p.json', usProfile()),
      '--observation',
      write('o.json', documentedObservation()),
    ]
    const replay = await runCli([...args, '--as-of-observation'])
    expect(replay.code).not.toBe(3)
    expect(replay.stdout).not.toMatch(/What each source said/)
    expect(replay.stdout).not.toMatch(/\bfile=/)
    expect(replay.stdout).toContain('Given in the file: United States US')
    const zh = await runCli([...args, '--as-of-observation', '--lang', 'zh'])
    expect(zh.stdout).toContain('文件中给出：美国 US')
    // Without the flag the same file is evaluated as of now: days old, so grey.
    expect((await runCli(args)).code).toBe(3)
  })
})
