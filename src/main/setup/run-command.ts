import { execFile } from 'node:child_process'
import type { RunCommand } from './setup-theme'

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
