import { spawn } from 'node:child_process'
import type { SpawnMonitor } from './os-change-notices'

// Where iproute2 and route live; a desktop session's PATH often leaves the sbin folders out.
const systemDirs = ['/usr/sbin', '/sbin', '/usr/bin', '/bin']

/** PATH with the system folders appended (Windows is left as it is). */
export function monitorPath(
  path: string | undefined,
  platform: NodeJS.Platform,
): string | undefined {
  if (platform === 'win32') return path
  const dirs = (path ?? '').split(':').filter(Boolean)
  return [...dirs, ...systemDirs.filter((dir) => !dirs.includes(dir))].join(':')
}

/** Node's spawn for a monitor command: no shell, stdout piped, nothing else, no console window. */
export const spawnMonitor: SpawnMonitor = (command, args) => {
  const PATH = monitorPath(process.env['PATH'], process.platform)
  return spawn(command, args, {
    stdio: ['ignore', 'pipe', 'ignore'],
    windowsHide: true,
    env: { ...process.env, ...(PATH === undefined ? {} : { PATH }) },
  })
}
