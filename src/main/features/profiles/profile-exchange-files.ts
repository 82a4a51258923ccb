import { readFile, writeFile } from 'node:fs/promises'
import type { InvokeMap } from '../../../shared/contract/ipc-channels'
import { parseProfileExchange, toExport } from '../../../shared/profile/exchange'
import type { CardProfile, ProfileBook } from '../../../shared/profile/schema'
import { profileError } from '../../../shared/profile/validate'

/** File choosers for export and import: Electron's dialogs in the app, fakes in tests. */
export interface FileChooser {
  readonly chooseExportFile: () => Promise<string | null>
  readonly chooseImportFile: () => Promise<string | null>
}

const MAX_IMPORT_BYTES = 200_000

/** A book with these profiles added (or replaced by id), the newest ten kept. */
export function upsert(
  current: ProfileBook,
  profiles: readonly CardProfile[],
  activeId: string | null,
): ProfileBook {
  const merged = [
    ...current.profiles.filter((p) => !profiles.some((n) => n.id === p.id)),
    ...profiles,
  ]
  return { schema: 3, activeId: activeId ?? current.activeId, profiles: merged.slice(-10) }
}

/**
 * The profiles as a file the user picks: exported as plain JSON (BIN, last 4 and address only,
 * readable by the user alone), imported through the same validation as the form; an import is
 * saved before it counts, and a bad file changes nothing.
 */
export function profileExchangeFiles(deps: {
  readonly files: FileChooser
  readonly now: () => number
  readonly book: () => ProfileBook
  /** Resolves once the profile file was read: an export before that would be empty. */
  readonly loaded: Promise<void>
  /** Saves the book a change makes of the current one; false when the save failed. */
  readonly commit: (change: (current: ProfileBook) => ProfileBook) => Promise<boolean>
}) {
  return {
    exportTo: async (): Promise<InvokeMap['exportProfiles']['response']> => {
      const file = await deps.files.chooseExportFile()
      if (!file) return { ok: false, reason: 'cancelled' }
      await deps.loaded
      try {
        const text = `${JSON.stringify(toExport(deps.book(), deps.now()), null, 2)}\n`
        await writeFile(file, text, { mode: 0o600 })
        return { ok: true, file }
      } catch (error) {
        return { ok: false, reason: 'failed', detail: String(error) }
      }
    },
    importFrom: async (): Promise<InvokeMap['importProfiles']['response']> => {
      const file = await deps.files.chooseImportFile()
      if (!file) return { ok: false, reason: 'cancelled' }
      let raw: unknown
      try {
        const text = await readFile(file, 'utf8')
        if (text.length > MAX_IMPORT_BYTES)
          return { ok: false, reason: 'invalid', detail: 'file too large' }
        raw = JSON.parse(text.replace(/^\ufeff/, ''))
      } catch (error) {
        const detail = error instanceof SyntaxError ? 'not JSON' : String(error)
        return { ok: false, reason: 'invalid', detail }
      }
      const parsed = parseProfileExchange(raw)
      if (!parsed.ok) return { ok: false, reason: 'invalid', errors: parsed.errors }
      if (!(await deps.commit((current) => upsert(current, parsed.profiles, parsed.activeId))))
        return { ok: false, reason: 'failed', errors: [profileError('', 'save-failed')] }
      const { shortenedBins } = parsed
      return { ok: true, imported: parsed.profiles.length, shortenedBins, book: deps.book() }
    },
  }
}
