import type { AppState } from '../../../shared/contract/app-state'
import type { Bilingual } from '../../../shared/verdict/types'

/** The store's data, separate from its actions so tests can reset to it. */
export interface AppData {
  /** Written only by main's pushes (and the first getState), newest revision wins. */
  readonly app: AppState | null
  readonly busy: boolean
  /** The last call main refused or could not answer, shown until the next call succeeds. */
  readonly error: Bilingual | null
}

/** Before main has answered: nothing known, which the UI shows as grey. */
export const defaultAppData: AppData = { app: null, busy: false, error: null }
