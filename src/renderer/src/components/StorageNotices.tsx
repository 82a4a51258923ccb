import { assertNever } from '../../../shared/util/assert-never'
import type { MessageKey } from '../../../shared/i18n/translate'
import {
  asideReasons,
  keptFileNames,
  type AsideReason,
  type StorageError,
  type StorageFileView,
} from '../../../shared/storage/kept-file-types'
import { useAppStore } from '../store/app-store'
import { storageActions } from '../store/storage-actions'
import { useLang, useT } from '../use-t'
import { localeTag } from '../../../shared/i18n/locale-tag'

type T = ReturnType<typeof useT>

const named = keptFileNames

/** The name a user knows a kept file by ("卡片资料"), or its file name for one we have no name for. */
function fileName(t: T, file: string): string {
  const base = file.replace(/\.[a-z]+$/, '')
  const known = named.find((name) => name === base)
  return known ? t(`storage.name.${known}`) : t('storage.name.other', { file })
}

/** A failed action's sentence; a refused restore says exactly why (the reason, or the read error). */
function lastErrorText(t: T, name: string, error: StorageError): string {
  const { code, detail } = error
  const reason = (asideReasons as readonly string[]).includes(detail ?? '')
    ? (detail as AsideReason)
    : null
  const words =
    code === 'invalid' && reason
      ? t('storage.error.invalidBecause', {
          reason: { message: `storage.reason.${reason}` satisfies MessageKey },
        })
      : code === 'invalid' && detail
        ? t('storage.error.unreadableBecause', { code: detail })
        : t(`storage.error.${code}`)
  return t('storage.lastError', { name, error: words })
}

/** The sentence for a file that is blocked: unreadable, or waiting for the keychain. */
function blockedText(t: T, file: StorageFileView, name: string): string | null {
  switch (file.status.kind) {
    case 'ready':
      return null
    case 'unreadable':
      return file.status.code === 'ELOOP'
        ? t('storage.status.link', { name })
        : t('storage.status.unreadable', { name, code: file.status.code })
    case 'locked':
      return file.status.detail === 'unavailable'
        ? t('storage.status.locked', { name })
        : t('storage.status.lockedDecrypt', { name })
    default:
      return assertNever(file.status)
  }
}

/**
 * Everything the user must know about the files PayLight keeps, on every tab: how card data is
 * protected, a file that cannot be read or decrypted (with retry and start fresh), why the last
 * save did nothing, and the files moved aside (with restore). Nothing here is ever silent.
 */
export function StorageNotices() {
  const t = useT()
  const lang = useLang()
  const protection = useAppStore((s) => s.app?.profiles.protection)
  const files = useAppStore((s) => s.app?.storage.files) ?? []
  const readOnly = useAppStore((s) => s.app?.storage.readOnly) ?? null
  const lines: { key: string; text: string; actions?: React.ReactNode }[] = []
  if (readOnly)
    lines.push({
      key: 'read-only',
      text: t('storage.readOnly', {
        pid: readOnly.pid ?? '?',
        since: readOnly.since ? new Date(readOnly.since).toLocaleString(localeTag(lang)) : '?',
      }),
    })
  if (protection === 'basic-text') lines.push({ key: 'basic', text: t('storage.basicText') })
  if (protection === 'unavailable')
    lines.push({ key: 'unavailable', text: t('storage.unavailable') })
  for (const file of files) {
    const name = fileName(t, file.name)
    const blocked = blockedText(t, file, name)
    if (blocked)
      lines.push({
        key: `${file.name}:status`,
        text: blocked,
        actions: (
          <>
            <button type="button" onClick={() => void storageActions.retry()}>
              {t('storage.retry')}
            </button>
            <button type="button" onClick={() => void storageActions.startFresh(file.name)}>
              {t('storage.startFresh')}
            </button>
          </>
        ),
      })
    if (file.lastError)
      lines.push({ key: `${file.name}:error`, text: lastErrorText(t, name, file.lastError) })
    for (const aside of file.movedAside)
      lines.push({
        key: aside.file,
        text: t('storage.movedAside', {
          name,
          file: aside.file,
          reason: { message: `storage.reason.${aside.reason}` satisfies MessageKey },
          at: new Date(aside.at).toLocaleString(localeTag(lang)),
        }),
        actions: file.name.endsWith('.jsonl') ? null : (
          <button type="button" onClick={() => void storageActions.restore(file.name, aside.file)}>
            {t('storage.restore')}
          </button>
        ),
      })
  }
  if (lines.length === 0) return null
  return (
    <section className="banner" role="alert" aria-label={t('storage.title')}>
      {lines.map((line) => (
        <p key={line.key}>
          {line.text} {line.actions}
        </p>
      ))}
    </section>
  )
}
