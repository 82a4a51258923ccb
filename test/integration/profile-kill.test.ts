import { spawn } from 'node:child_process'
import { mkdtempSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { createProfileStore } from '../../src/node/profile-store'
import { fakeCipher } from '../support/fake-cipher'

const root = fileURLToPath(new URL('../..', import.meta.url))

let writerScript = ''

// The writer is bundled once so each child starts in milliseconds and many kills fit in the test.
beforeAll(async () => {
  writerScript = path.join(mkdtempSync(path.join(tmpdir(), 'paylight-writer-')), 'writer.mjs')
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
      dir: mkdtempSync(path.join(tmpdir(), 'paylight-kill-')),
      delay: 2 + ((round * 37) % 40),
    }))
    for (const r of rounds) await killMidWrite(r.dir, r.delay)
    for (const { dir } of rounds) {
      const { book, notice } = await createProfileStore(dir, fakeCipher()).load()
      expect(notice).toBeNull()
      expect(book.profiles).toHaveLength(10)
      const tag = book.profiles[0]?.label.split('-')[0] ?? ''
      expect(['old', 'new']).toContain(tag)
      expect(book.profiles.every((p) => p.label.startsWith(`${tag}-`))).toBe(true)
      outcomes.add(tag)
      // Temp files of an interrupted write may remain; they are never read as the profile.
      expect(readdirSync(dir).filter((f) => f === 'profiles.dat')).toHaveLength(1)
    }
    // The kills landed at different moments: both versions were seen.
    expect(outcomes.size).toBe(2)
  })
})
