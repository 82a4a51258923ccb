import { readFile, rm, mkdir } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { writeFileAtomic } from '../../node/atomic-file'
import { entryString, execLine } from './desktop-entry'

/** The argument that tells PayLight it was started at login: tray only, no window. */
export const HIDDEN_ARG = '--hidden'
/** The autostart file's name; the key below marks it as PayLight's own. */
export const AUTOSTART_FILE = 'paylight.desktop'
const OWN_MARK = 'X-PayLight-Autostart=true'

/** `$XDG_CONFIG_HOME/autostart`, or `~/.config/autostart` (the XDG Autostart spec). */
export function autostartDir(env: NodeJS.ProcessEnv, home: string = os.homedir()): string {
  const config = env['XDG_CONFIG_HOME']
  return path.join(
    config && path.isAbsolute(config) ? config : path.join(home, '.config'),
    'autostart',
  )
}

/**
 * What to start at login: the AppImage file itself (`$APPIMAGE`; `process.execPath` is inside its
 * mount, which moves every run), else the installed executable (the .deb's /opt/PayLight/paylight).
 */
export function autostartProgram(env: NodeJS.ProcessEnv, execPath: string): string {
  const appImage = env['APPIMAGE']
  return appImage && path.isAbsolute(appImage) ? appImage : execPath
}

/** The autostart entry's text. */
export function autostartEntry(program: string): string {
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Version=1.0',
    `Name=${entryString('PayLight')}`,
    `Name[zh_CN]=${entryString('付款红绿灯')}`,
    `Comment=${entryString('Checks your card, billing address and network exit before you pay')}`,
    `Comment[zh_CN]=${entryString('付款前检查卡片、账单地址与网络出口是否一致')}`,
    `Exec=${execLine([program, HIDDEN_ARG])}`,
    'Icon=paylight',
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    OWN_MARK,
    '',
  ].join('\n')
}

/**
 * Start at login on Linux: an XDG autostart entry that PayLight writes, rewrites when the program
 * moved (a new AppImage path), and removes. A file of the same name that PayLight did not write
 * (the user's own) is never overwritten or removed.
 */
export function xdgAutostart(deps: {
  readonly env: NodeJS.ProcessEnv
  readonly execPath: string
  readonly home?: string
}) {
  const file = path.join(autostartDir(deps.env, deps.home), AUTOSTART_FILE)
  const read = () => readFile(file, 'utf8').catch(() => null)
  const wanted = () => autostartEntry(autostartProgram(deps.env, deps.execPath))
  return {
    file,
    /** Whether an entry starts PayLight at login, and whether it is ours to change. */
    state: async (): Promise<{ enabled: boolean; ours: boolean }> => {
      const text = await read()
      if (text === null) return { enabled: false, ours: true }
      const off =
        /^Hidden\s*=\s*true\s*$/m.test(text) ||
        /^X-GNOME-Autostart-enabled\s*=\s*false\s*$/m.test(text)
      return { enabled: !off, ours: text.includes(OWN_MARK) }
    },
    /** Writes or removes our entry; false when the user's own file is in the way. */
    set: async (enabled: boolean): Promise<boolean> => {
      const text = await read()
      if (text !== null && !text.includes(OWN_MARK)) return false
      if (!enabled) {
        await rm(file, { force: true })
        return true
      }
      const entry = wanted()
      if (text === entry) return true
      await mkdir(path.dirname(file), { recursive: true })
      await writeFileAtomic(file, entry)
      return true
    },
  }
}
