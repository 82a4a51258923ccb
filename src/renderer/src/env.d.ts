import type { api } from '../../preload/index'

declare global {
  interface Window {
    /** The preload's API; its type comes from the preload itself, never written twice. */
    readonly paylight: typeof api
  }
}
