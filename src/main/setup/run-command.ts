import { execFile } from 'node:child_process'

/** A bounded child-process call: resolves with stdout, rejects on error or time-out. */
export type RunCommand = (
  file: string,
  args: readonly string[],
  timeoutMs: number,
) => Promise<string>

/** Runs a short system command with a time-out and no console window; rejects on any failure. */
export const runCommand: RunCommand = (file, args, timeoutMs) =>
  new Promise((resolve, reject) => {
    execFile(
      file,
      [...args],
      { timeout: timeoutMs, windowsHide: true, maxBuffer: 64 * 1024, encoding: 'utf8' },
      (error, stdout) => (error ? reject(error) : resolve(stdout)),
    )
  })
