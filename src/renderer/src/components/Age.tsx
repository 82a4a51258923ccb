import { checkedAgo } from '../../../shared/i18n/translate'
import { useNow } from '../use-now'
import { useLang } from '../use-t'

/** "checked 12 s ago", kept true by its own clock so the page around it never re-renders for it. */
export function Age({ since }: { since: number }) {
  const lang = useLang()
  const now = useNow()
  return <>{checkedAgo(lang, now - since)}</>
}
