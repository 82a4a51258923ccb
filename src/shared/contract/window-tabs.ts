/** The window's pages in the order of its tab bar; the tabs' names are messages `tab.<page>`. */
export const windowTabs = [
  'status',
  'session',
  'profile',
  'checklist',
  'guide',
  'history',
  'settings',
] as const

/** One of {@link windowTabs}. */
export type WindowTab = (typeof windowTabs)[number]
