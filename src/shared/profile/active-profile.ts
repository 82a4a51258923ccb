import type { CardProfile, ProfileBook } from './schema'

/** The active profile, if any; apart from the schemas so the window can call it without zod. */
export function activeProfile(book: ProfileBook): CardProfile | null {
  return book.profiles.find((p) => p.id === book.activeId) ?? null
}
