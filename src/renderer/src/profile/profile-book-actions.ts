import type { ProfileError } from '../../../shared/profile/validate'
import { useAppStore } from '../store/app-store'

/** What the last export or import did, shown beside the profile toolbar until the next one. */
export type TransferNotice =
  | { readonly kind: 'exported'; readonly file: string }
  | { readonly kind: 'export-failed'; readonly detail: string }
  | { readonly kind: 'imported'; readonly n: number }
  | {
      readonly kind: 'import-failed'
      readonly errors: readonly ProfileError[]
      readonly detail: string | null
    }
  | null

/** The profile book's actions: switch, delete, export and import, each ending with a fresh form. */
export interface ProfileBookActions {
  readonly transfer: TransferNotice
  readonly activate: (id: string) => Promise<void>
  readonly remove: (id: string) => Promise<void>
  readonly exportAll: () => Promise<void>
  readonly importAll: () => Promise<void>
}

/** What the book's actions need from the form store they are part of. */
interface FormSlice {
  readonly set: (patch: { transfer: TransferNotice }) => void
  /** Puts the (new) active profile into the form. */
  readonly reload: () => void
}

/** The actions as a slice of the profile form's store, so that store file stays about the form. */
export function profileBookActions({ set, reload }: FormSlice): ProfileBookActions {
  // A refused switch or delete keeps the user's unsaved edits in the form.
  const reloadIfChanged = () => {
    if (useAppStore.getState().error === null) reload()
  }
  return {
    transfer: null,
    activate: async (id) => {
      await useAppStore.getState().setActiveProfile(id)
      reloadIfChanged()
    },
    remove: async (id) => {
      await useAppStore.getState().deleteProfile(id)
      reloadIfChanged()
    },
    exportAll: async () => {
      const result = await window.paylight.exportProfiles().catch((error: unknown) => ({
        ok: false as const,
        reason: 'failed',
        detail: String(error),
      }))
      if (result.ok) set({ transfer: { kind: 'exported', file: result.file } })
      else if (result.reason === 'cancelled') set({ transfer: null })
      else set({ transfer: { kind: 'export-failed', detail: result.detail ?? 'failed' } })
    },
    importAll: async () => {
      const result = await window.paylight.importProfiles().catch((error: unknown) => ({
        ok: false as const,
        reason: 'failed',
        detail: String(error),
      }))
      if (result.ok) {
        useAppStore.getState().receive(result.state)
        reload()
        set({ transfer: { kind: 'imported', n: result.imported } })
      } else if (result.reason !== 'cancelled') {
        const errors = 'errors' in result ? (result.errors ?? []) : []
        set({ transfer: { kind: 'import-failed', errors, detail: result.detail ?? null } })
      }
    },
  }
}
