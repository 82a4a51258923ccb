import path from 'node:path'
import type { Light } from '../../shared/verdict/light'

/** Every light has an icon. */
export const trayLights = [
  'green',
  'yellow',
  'red',
  'grey',
  'wait',
] as const satisfies readonly Light[]
/** Variants for light and dark menu bars / taskbars. */
export const trayThemes = ['light', 'dark'] as const

/**
 * File names of one icon: PNG at 1x (16 px) and 2x (32 px), which Electron pairs on HiDPI screens,
 * and a multi-size .ico (16–48 px) so Windows picks a sharp image at 125 % and 150 % scaling too.
 */
export function trayIconFiles(light: Light, theme: (typeof trayThemes)[number]) {
  return {
    x1: `${light}-${theme}.png`,
    x2: `${light}-${theme}@2x.png`,
    ico: `${light}-${theme}.ico`,
  }
}

/**
 * The icon for a light on this platform and theme. The lights differ by shape and colour, so
 * coloured icons are used everywhere; on macOS the neutral grey state uses a template image the
 * system tints, and on Windows the .ico holds every size the taskbar may ask for.
 */
export function trayIconPath(
  resourcesDir: string,
  light: Light,
  platform: NodeJS.Platform,
  darkTheme: boolean,
): string {
  const dir = path.join(resourcesDir, 'tray')
  if (platform === 'darwin' && light === 'grey') return path.join(dir, 'greyTemplate.png')
  const files = trayIconFiles(light, darkTheme ? 'dark' : 'light')
  return path.join(dir, platform === 'win32' ? files.ico : files.x1)
}
