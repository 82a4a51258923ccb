import { updateStatusText } from '../../../shared/contract/desktop'
import { useDesktopStore } from '../store/desktop-store'
import { useLang, useT } from '../use-t'

/**
 * "打开日志文件夹 / Open log folder" (what to attach when asking for help) and "检查更新 / Check
 * for updates" with where updates stand once it is done — including that this build has no
 * update source, when it has none.
 */
export function DesktopActions() {
  const t = useT()
  const lang = useLang()
  const updates = useDesktopStore((s) => s.updates)
  const logFailed = useDesktopStore((s) => s.logFolderFailed)
  const { openLogFolder, checkForUpdates } = useDesktopStore.getState()
  return (
    <div className="desktop-setting">
      <div className="actions">
        <button type="button" onClick={() => void openLogFolder()}>
          {t('desktop.logFolder')}
        </button>
        <button
          type="button"
          disabled={updates?.kind === 'checking'}
          onClick={() => void checkForUpdates()}
        >
          {t('desktop.updates')}
        </button>
      </div>
      <p className="muted note">{t('desktop.logFolder.hint')}</p>
      {logFailed ? (
        <p className="error" role="alert">
          {t('desktop.logFolder.failed')}
        </p>
      ) : null}
      <p className="note" role="status" aria-label={t('desktop.updates')}>
        {updates ? updateStatusText(updates)[lang] : ''}
      </p>
    </div>
  )
}
