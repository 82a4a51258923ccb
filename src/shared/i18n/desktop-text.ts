import { desktopEn } from './messages/desktop.en'
import { desktopZh } from './messages/desktop.zh'
import { pageText } from './translate'

export type { DesktopMessageKey } from './messages/desktop.zh'

/**
 * The main process's own words (the menu, the starting tray, update news), placeholders filled;
 * apart from the window's tables, so the window's first screen does not carry them.
 */
export const desktopText = pageText({ zh: desktopZh, en: desktopEn })
