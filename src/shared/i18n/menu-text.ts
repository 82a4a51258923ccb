import { menuEn } from './messages/menu.en'
import { menuZh } from './messages/menu.zh'
import { pageText } from './translate'

export type { MenuMessageKey } from './messages/menu.zh'

/**
 * The application menu's words, placeholders filled; apart from the window's tables, so the
 * window's first screen does not carry them.
 */
export const menuText = pageText({ zh: menuZh, en: menuEn })
