import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { readFileIfExists, writeFileAtomic } from '../../../src/node/atomic-file'
import { useTempDirs } from '../../support/temp-dirs'

const tempDir = useTempDirs('paylight-atomic-')

describe('writeFileAtomic', () => {
  it('replaces the content and leaves no temp file behind', async () => {
    const dir = tempDir()
    const file = path.join(dir, 'a.json')
    writeFileSync(file, 'old')
    await writeFileAtomic(file, 'new')
    expect(readFileSync(file, 'utf8')).toBe('new')
    expect(readdirSync(dir)).toEqual(['a.json'])
  })

  it('keeps the old content when the write fails, and cleans up', async () => {
    const dir = tempDir()
    const file = path.join(dir, 'a.json')
    writeFileSync(file, 'old')
    // A target that is a directory makes the final rename fail after the temp file was written.
    const target = path.join(dir, 'sub')
    await import('node:fs/promises').then((fs) =>
      fs.mkdir(path.join(target, 'x'), { recursive: true }),
    )
    await expect(writeFileAtomic(target, 'new')).rejects.toThrow()
    expect(readFileSync(file, 'utf8')).toBe('old')
    expect(readdirSync(dir).sort()).toEqual(['a.json', 'sub'])
  })
})

describe('readFileIfExists', () => {
  it('returns null for a missing file', async () => {
    await expect(
      readFileIfExists(path.join(tmpdir(), 'definitely-missing-paylight')),
    ).resolves.toBeNull()
  })
})
