import { create } from 'zustand'
import type { BinLookupResult } from '../../../shared/profile/binlist'
import { brandOfBin } from '../../../shared/profile/binlist'
import { digestCardInput } from '../../../shared/profile/card-input'
import type { ProfileBook } from '../../../shared/profile/schema'
import type { ProfileError } from '../../../shared/profile/validate'
import { callMain } from '../store/app-store'
import { blankDraft, draftOf, payloadOf, type Draft } from './draft'
import { profileBookActions, type ProfileBookActions } from './profile-book-actions'

/** What happened last on the form, shown in a status line. */
export type FormNotice =
  | { kind: 'saved' }
  | { kind: 'discarded'; bin: string; last4: string | null }
  | { kind: 'lookup'; result: BinLookupResult }
  | null

interface ProfileForm extends ProfileBookActions {
  draft: Draft | null
  errors: readonly ProfileError[]
  notice: FormNotice
  busy: boolean
  /** Starts editing: the active profile, or a blank form when there is none. */
  load: (book: ProfileBook) => void
  newDraft: (book: ProfileBook) => void
  update: (change: (draft: Draft) => Draft) => void
  /** The card-number field's handler: anything past the BIN is dropped here, before it is stored. */
  typeCardNumber: (raw: string) => void
  lookupBin: () => Promise<void>
  save: () => Promise<void>
  reset: () => void
}

/** The profile form's store: the draft never leaves the renderer except through save(). */
export const useProfileForm = create<ProfileForm>()((set, get) => ({
  ...profileBookActions({ set, load: (book) => get().load(book) }),
  draft: null,
  errors: [],
  notice: null,
  busy: false,
  load: (book) => {
    const active = book.profiles.find((p) => p.id === book.activeId)
    set({
      draft: active ? draftOf(active) : blankDraft(book.profiles.map((p) => p.id)),
      errors: [],
      notice: null,
    })
  },
  newDraft: (book) =>
    set({ draft: blankDraft(book.profiles.map((p) => p.id)), errors: [], notice: null }),
  update: (change) => {
    const draft = get().draft
    if (draft) set({ draft: change(draft) })
  },
  typeCardNumber: (raw) => {
    const digest = digestCardInput(raw)
    get().update((d) => ({
      ...d,
      card: {
        ...d.card,
        bin: digest.bin,
        brand: brandOfBin(digest.bin),
        last4: digest.last4 ?? d.card.last4,
      },
    }))
    set({
      notice: digest.discarded
        ? { kind: 'discarded', bin: digest.bin, last4: digest.last4 }
        : get().notice?.kind === 'discarded'
          ? get().notice
          : null,
    })
  },
  lookupBin: async () => {
    const draft = get().draft
    if (!draft) return
    set({ busy: true })
    const result = await callMain(() => window.paylight.lookupBin(draft.card.bin))
    if (result === null) return set({ busy: false })
    if (result.ok) {
      const { facts } = result
      get().update((d) => ({
        ...d,
        card: {
          ...d.card,
          brand: facts.brand ?? d.card.brand,
          funding: facts.funding,
          issuingCountry: facts.issuingCountry ?? d.card.issuingCountry,
          bank: facts.bank ?? d.card.bank,
        },
      }))
    }
    set({ busy: false, notice: { kind: 'lookup', result } })
  },
  save: async () => {
    const draft = get().draft
    if (!draft) return
    set({ busy: true, errors: [] })
    // The saved profile reaches the window through main's push; the reply only says how it went.
    const result = await callMain(() => window.paylight.saveProfile(payloadOf(draft, new Date())))
    if (result === null) set({ busy: false })
    else if (result.ok) set({ busy: false, notice: { kind: 'saved' } })
    else set({ busy: false, errors: result.errors, notice: null })
  },
  reset: () => set({ draft: null, errors: [], notice: null, busy: false, transfer: null }),
}))
