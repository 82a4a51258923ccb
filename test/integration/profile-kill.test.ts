import { spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { createProfileStore } from '../../src/node/profile-store'
import { fakeCipher } from '../support/fake-cipher'

const root = fileURLToPath(new URL('../..', import.meta.url))

let writerScript = ''
const made: string[] = []
const tempDir = (prefix: string) => {
  const dir = mkdtempSync(path.join(tmpdir(), prefix))
  made.push(dir)
  return dir
}
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true })
})

// The writer is bundled once so each child starts in milliseconds and many kills fit in the test.
beforeAll(async () => {
  writerScript = path.join(tempDir('paylight-writer-'), 'writer.mjs')
  await build({
    entryPoints: [path.join(root, 'test/support/profile-writer.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: writerScript,
    logLevel: 'silent',
  })
})

function killMidWrite(dir: string, afterMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writerScript, dir], {
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    child.stdout.once('data', () => setTimeout(() => child.kill('SIGKILL'), afterMs))
    child.on('exit', () => resolve())
    child.on('error', reject)
  })
}

describe('killing the app while it writes the profile', { timeout: 120_000 }, () => {
  it('always leaves the old or the new profile book, never a broken one', async () => {
    const outcomes = new Set<string>()
    const rounds = Array.from({ length: 20 }, (_, round) => ({
      dir: tempDir('paylight-kill-'),
      delay: 2 + ((round * 37) % 40),
    }))
    for (const r of rounds) await killMidWrite(r.dir, r.delay)
    for (const { dir } of rounds) {
      const loaded = await createProfileStore(dir, fakeCipher()).load()
      expect(loaded.kind).toBe('loaded')
      const book = loaded.value
      expect(book.profiles).toHaveLength(10)
      const tag = book.profiles[0]?.label.split('-')[0] ?? ''
      expect(['old', 'new']).toContain(tag)
      expect(book.profiles.every((p) => p.label.startsWith(`${tag}-`))).toBe(true)
      outcomes.add(tag)
      // Temp files an interrupted write left are never read as the profile, and go at start.
      expect(readdirSync(dir)).toEqual(['profiles.dat'])
    }
    // The kills landed at different moments: both versions were seen.
    expect(outcomes.size).toBe(2)
  })
})
