import type { RunCommand } from '../setup/run-command'

/** Where Windows keeps the taskbar's (system) theme; the app theme is a different value. */
export const PERSONALIZE_KEY =
  'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize'

/** `reg query` must answer fast; a stalled registry read leaves the default icons in place. */
export const REG_TIMEOUT_MS = 2000

/**
 * Reads `SystemUsesLightTheme` from `reg query` output: true for a light taskbar, false for dark,
 * null when the value is missing or unreadable (older Windows, policy-locked registry).
 */
export function parseSystemUsesLightTheme(stdout: string): boolean | null {
  const match = /^\s*SystemUsesLightTheme\s+REG_DWORD\s+0x([0-9a-f]+)\s*$/im.exec(stdout)
  if (!match?.[1]) return null
  return Number.parseInt(match[1], 16) !== 0
}

/**
 * Whether the tray sits on a dark bar. On Windows nativeTheme follows the app theme, not the
 * taskbar's, so the registry decides there, and an unknown taskbar counts as dark (Windows 10 and
 * 11 default); elsewhere the system's dark setting is the best signal there is.
 */
export function trayBarIsDark(
  platform: NodeJS.Platform,
  systemUsesLightTheme: boolean | null,
  nativeDark: boolean,
): boolean {
  if (platform === 'win32') return systemUsesLightTheme !== true
  return nativeDark
}

/**
 * Follows the theme the tray icon sits on: once started, reads the Windows taskbar theme (cached)
 * and again on every nativeTheme 'updated', then calls `onChange` so the tray re-applies its icon.
 */
export function setupTrayTheme(deps: {
  readonly platform: NodeJS.Platform
  /** Electron's nativeTheme, narrowed to what is read here. */
  readonly nativeTheme: {
    readonly shouldUseDarkColors: boolean
    on(event: 'updated', listener: () => void): unknown
  }
  readonly run: RunCommand
}) {
  let systemLight: boolean | null = null
  const readTaskbar = async (): Promise<void> => {
    if (deps.platform !== 'win32') return
    systemLight = await deps
      .run('reg', ['query', PERSONALIZE_KEY, '/v', 'SystemUsesLightTheme'], REG_TIMEOUT_MS)
      .then(parseSystemUsesLightTheme, () => null)
  }
  return {
    /** Whether the tray icon should be the variant for a dark bar. */
    dark: (): boolean =>
      trayBarIsDark(deps.platform, systemLight, deps.nativeTheme.shouldUseDarkColors),
    /** The first read, then one per system theme change; `onChange` follows each. */
    start: (onChange: () => void): Promise<void> => {
      const refresh = (): Promise<void> => readTaskbar().then(onChange)
      deps.nativeTheme.on('updated', () => void refresh())
      return refresh()
    },
  }
}
