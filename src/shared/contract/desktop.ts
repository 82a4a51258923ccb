import { bilingual, type Bilingual, type MessageParams } from '../i18n/translate'
import type { DataSource } from '../view/data-licences'

/** Where updates stand, for the menus, Settings and the About view. */
export type UpdateStatus =
  | { readonly kind: 'not-configured' }
  | { readonly kind: 'idle' }
  | { readonly kind: 'checking' }
  | { readonly kind: 'up-to-date'; readonly checkedAt: string }
  | { readonly kind: 'downloading'; readonly version: string }
  | { readonly kind: 'ready'; readonly version: string }
  | { readonly kind: 'failed'; readonly checkedAt: string; readonly error: string }

/** Start-at-login as Settings shows it. */
export interface LoginItemState {
  readonly enabled: boolean
  /** macOS 13+: registered, but the user must allow it in System Settings → Login Items. */
  readonly needsApproval: boolean
  /** False when a file PayLight did not write decides it (Linux: the user's own autostart entry). */
  readonly canChange: boolean
}

/**
 * The answer of `getStartAtLogin` / `setStartAtLogin`: the system's state, or why there is none
 * (a build without the desktop glue, or the system refused the change — then the last state read).
 */
export type StartAtLoginReply =
  | { readonly ok: true; readonly state: LoginItemState }
  | { readonly ok: false; readonly reason: 'unsupported' }
  | { readonly ok: false; readonly reason: 'failed'; readonly state: LoginItemState | null }

/** One shipped data set as the About view lists it: what, which version, of when, under what licence. */
export interface AboutData {
  readonly id: string
  readonly name: string
  readonly version: string
  /** The day the data was built or read (YYYY-MM-DD), or null when nothing says. */
  readonly date: string | null
  readonly licence: DataSource['licence']
  readonly attribution: string
  readonly links: readonly string[]
}

/**
 * The About view's model, the reply of `getAbout`: PayLight's version and licence, the runtime it
 * runs on, every data set with its version, date and licence, and where updates and start-at-login
 * stand.
 */
export interface AboutInfo {
  readonly app: { readonly version: string; readonly licence: 'MIT' }
  readonly runtime: { readonly electron: string; readonly chrome: string; readonly node: string }
  readonly data: readonly AboutData[]
  readonly updates: { readonly status: UpdateStatus; readonly text: { zh: string; en: string } }
  readonly startAtLogin: LoginItemState | null
}

/** What the menus, Settings and the About view say about updates, in both languages. */
export function updateStatusText(status: UpdateStatus): Bilingual {
  const params: MessageParams = 'version' in status ? { version: status.version } : {}
  return bilingual(`desktop.update.${status.kind}`, params)
}
