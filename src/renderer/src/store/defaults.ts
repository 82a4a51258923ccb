import type { AppState } from '../../../shared/app-state'

/** The store's data, separate from its actions so tests can reset to it. */
export interface AppData {
  readonly app: AppState | null
  readonly busy: boolean
  readonly error: string | null
}

/** Before main has answered: nothing known, which the UI shows as grey. */
export const defaultAppData: AppData = { app: null, busy: false, error: null }
