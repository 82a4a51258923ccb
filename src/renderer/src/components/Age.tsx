import { formatAge } from '../../../shared/i18n/translate'
import { useNow } from '../use-now'
import { useLang, useT } from '../use-t'

/** "checked 12 s ago", kept true by its own clock so the page around it never re-renders for it. */
export function Age({ since }: { since: number }) {
  const t = useT()
  const lang = useLang()
  const now = useNow()
  return <>{t('checked.ago', { age: formatAge(lang, now - since) })}</>
}
