import { useAppStore } from '../store/app-store'
import { useT } from '../use-t'

/** Says plainly how the profile is protected at rest, and what happened to an unreadable file. */
export function StorageBanner() {
  const t = useT()
  const info = useAppStore((s) => s.app?.profiles)
  if (!info) return null
  const lines: string[] = []
  if (info.protection === 'basic-text') lines.push(t('storage.basicText'))
  if (info.protection === 'unavailable') lines.push(t('storage.unavailable'))
  if (info.notice)
    lines.push(t('storage.movedAside', { reason: info.notice.reason, file: info.notice.file }))
  if (lines.length === 0) return null
  return (
    <div className="banner" role="alert">
      {lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
    </div>
  )
}
