import type { RunCommand } from './run-command'

/** A bus question must answer fast; a stalled bus counts as "cannot tell". */
export const BUS_TIMEOUT_MS = 2000

const DBUS = ['org.freedesktop.DBus', '/org/freedesktop/DBus'] as const

/** gdbus prints `(true,)`; dbus-send prints `boolean true` after its header line. */
export function parseBusBoolean(stdout: string): boolean | null {
  const match = /\(\s*(true|false)\s*,\s*\)|\bboolean\s+(true|false)\b/.exec(stdout)
  const word = match?.[1] ?? match?.[2]
  return word === undefined ? null : word === 'true'
}

/** The names in a ListActivatableNames answer, from gdbus (`(['a', 'b'],)`) or dbus-send (`string "a"`). */
export function parseBusNames(stdout: string): readonly string[] {
  return [...stdout.matchAll(/'([^']+)'|string\s+"([^"]+)"/g)].map((m) => m[1] ?? m[2] ?? '')
}

/** Calls one method of the bus itself on the session bus: gdbus first, dbus-send where it is missing. */
async function callBus(run: RunCommand, method: string, name?: string): Promise<string | null> {
  const [dest, objectPath] = DBUS
  const gdbus = ['call', '--session', '--dest', dest, '--object-path', objectPath]
  const viaGdbus = [...gdbus, '--method', `${dest}.${method}`, ...(name ? [name] : [])]
  const viaSend = ['--session', '--print-reply', `--dest=${dest}`, objectPath, `${dest}.${method}`]
  return run('gdbus', viaGdbus, BUS_TIMEOUT_MS).catch(() =>
    run('dbus-send', [...viaSend, ...(name ? [`string:${name}`] : [])], BUS_TIMEOUT_MS).catch(
      () => null,
    ),
  )
}

/**
 * Whether some program owns `name` on the session bus (a tray host, a notification daemon);
 * null when the bus cannot be asked (no gdbus or dbus-send, no session bus).
 */
export async function busNameHasOwner(run: RunCommand, name: string): Promise<boolean | null> {
  const answer = await callBus(run, 'NameHasOwner', name)
  return answer === null ? null : parseBusBoolean(answer)
}

/** Whether the bus would start a program for `name` on first use (a D-Bus activated daemon). */
export async function busNameIsActivatable(run: RunCommand, name: string): Promise<boolean | null> {
  const answer = await callBus(run, 'ListActivatableNames')
  return answer === null ? null : parseBusNames(answer).includes(name)
}
