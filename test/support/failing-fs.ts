import { nodeKeptFs, type KeptFs } from '../../src/node/kept-fs'

/** An OS error as Node raises it, with its code, for a fs call a test makes fail. */
export function osError(code: string, call: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${call} failed`), { code, syscall: call })
}

/**
 * The real file system with some calls failing as the OS would (EACCES, EBUSY, ENOSPC, EROFS):
 * honest stand-ins for a full or read-only disk, which a test running as root cannot make.
 */
export function failingFs(failures: Partial<Record<keyof KeptFs, string>>): KeptFs {
  const fail = (call: keyof KeptFs, code: string) => async (): Promise<never> => {
    throw osError(code, call)
  }
  const entries = Object.entries(failures) as [keyof KeptFs, string][]
  return {
    ...nodeKeptFs,
    ...Object.fromEntries(entries.map(([call, code]) => [call, fail(call, code)])),
  }
}
