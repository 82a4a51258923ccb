import path from 'node:path'
import type { KeptFs } from '../../src/node/kept-fs'
import { osError } from './failing-fs'

/** A folder held in memory behind the kept-file fs layer: fast enough for 10,000 property runs. */
export function memoryFs(files: Map<string, Buffer> = new Map()): {
  fs: KeptFs
  files: Map<string, Buffer>
} {
  const get = (file: string) => {
    const data = files.get(file)
    if (!data) throw osError('ENOENT', 'open')
    return data
  }
  const fs: KeptFs = {
    readFile: async (file) => get(file),
    writeFileAtomic: async (file, data) => {
      files.set(file, Buffer.from(data))
    },
    appendDurable: async (file, data) => {
      files.set(file, Buffer.concat([files.get(file) ?? Buffer.alloc(0), Buffer.from(data)]))
    },
    rename: async (from, to) => {
      files.set(to, get(from))
      files.delete(from)
    },
    readdir: async (dir) =>
      [...files.keys()].filter((f) => path.dirname(f) === dir).map((f) => path.basename(f)),
    rm: async (file) => {
      files.delete(file)
    },
    mkdir: async () => undefined,
  }
  return { fs, files }
}
