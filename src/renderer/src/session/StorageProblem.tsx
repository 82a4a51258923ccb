import type { KeptFileInfo, StorageError } from '../../../shared/storage/kept-file-types'
import { useT } from '../use-t'

/** A failed save or a file moved aside, in words: nothing already saved was lost, and where it went. */
export function StorageProblem(props: {
  readonly error: StorageError | null
  readonly files: readonly KeptFileInfo[]
}) {
  const t = useT()
  const lines: string[] = []
  const { error } = props
  if (error) {
    if (error.code === 'no-space') lines.push(t('kept.error.no-space'))
    else if (error.code === 'read-only') lines.push(t('kept.error.read-only'))
    else if (error.code === 'no-permission') lines.push(t('kept.error.no-permission'))
    else if (error.code !== 'blocked-unreadable')
      lines.push(t('kept.error.other', { code: error.code }))
  }
  for (const file of props.files) {
    if (file.status.kind !== 'ready') lines.push(t('kept.error.blocked', { file: file.name }))
    for (const aside of file.movedAside) lines.push(t('kept.moved', { file: aside.file }))
  }
  if (lines.length === 0) return null
  return (
    <div className="notice" role="status">
      {lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
    </div>
  )
}
