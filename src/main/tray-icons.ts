import path from 'node:path'
import type { Light } from '../shared/light'

/** Every light has an icon. */
export const trayLights = ['green', 'yellow', 'red', 'grey'] as const satisfies readonly Light[]
/** Variants for light and dark menu bars / taskbars. */
export const trayThemes = ['light', 'dark'] as const

/** File names of one icon at 1x (16 px) and 2x (32 px); Electron picks @2x on HiDPI screens. */
export function trayIconFiles(light: Light, theme: (typeof trayThemes)[number]) {
  return { x1: `${light}-${theme}.png`, x2: `${light}-${theme}@2x.png` }
}

/**
 * The icon for a light on this platform and theme. Colour is the message, so coloured dots are
 * used everywhere; on macOS the neutral grey state uses a template image the system tints.
 */
export function trayIconPath(
  resourcesDir: string,
  light: Light,
  platform: NodeJS.Platform,
  darkTheme: boolean,
): string {
  const dir = path.join(resourcesDir, 'tray')
  if (platform === 'darwin' && light === 'grey') return path.join(dir, 'greyTemplate.png')
  return path.join(dir, trayIconFiles(light, darkTheme ? 'dark' : 'light').x1)
}
