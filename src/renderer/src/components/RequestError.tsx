import { useAppStore } from '../store/app-store'
import { useLang } from '../use-t'

/** Shows why the last request to main did nothing (refused or failed), instead of silence. */
export function RequestError() {
  const lang = useLang()
  const error = useAppStore((s) => s.error)
  if (!error) return null
  return (
    <p className="notice error" role="alert">
      {error[lang]}
    </p>
  )
}
