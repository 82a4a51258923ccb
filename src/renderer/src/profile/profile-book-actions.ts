import type { ProfileBook } from '../../../shared/profile/schema'
import type { ProfileError } from '../../../shared/profile/validate'
import { callMain, useAppStore } from '../store/app-store'

/** What the last export or import did, shown beside the profile toolbar until the next one. */
export type TransferNotice =
  | { readonly kind: 'exported'; readonly file: string }
  | { readonly kind: 'export-failed'; readonly detail: string }
  | { readonly kind: 'imported'; readonly n: number; readonly shortened: number }
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
  /** Puts the (new) active profile of this book into the form. */
  readonly load: (book: ProfileBook) => void
}

/**
 * The actions as a slice of the profile form's store, so that store file stays about the form.
 * Each reply carries the book to load; a refused call (null) keeps the user's unsaved edits.
 */
export function profileBookActions({ set, load }: FormSlice): ProfileBookActions {
  return {
    transfer: null,
    activate: async (id) => {
      const book = await useAppStore.getState().setActiveProfile(id)
      if (book) load(book)
    },
    remove: async (id) => {
      const book = await useAppStore.getState().deleteProfile(id)
      if (book) load(book)
    },
    exportAll: async () => {
      const result = await callMain(() => window.paylight.exportProfiles())
      if (!result) return
      if (result.ok) set({ transfer: { kind: 'exported', file: result.file } })
      else if (result.reason === 'cancelled') set({ transfer: null })
      else set({ transfer: { kind: 'export-failed', detail: result.detail ?? 'failed' } })
    },
    importAll: async () => {
      const result = await callMain(() => window.paylight.importProfiles())
      if (!result) return
      if (result.ok) {
        load(result.book)
        set({
          transfer: {
            kind: 'imported',
            n: result.imported,
            shortened: result.shortenedBins.length,
          },
        })
      } else if (result.reason !== 'cancelled') {
        set({
          transfer: {
            kind: 'import-failed',
            errors: result.errors ?? [],
            detail: result.detail ?? null,
          },
        })
      }
    },
  }
}
