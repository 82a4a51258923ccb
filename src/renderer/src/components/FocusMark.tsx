import { useEffect, useRef } from 'react'
import { useNavigation } from '../navigation'

/**
 * Put inside an element a next step can lead to (a checklist step): when a focus request names
 * `target`, the element around the mark is scrolled into view and focused, without that element's
 * own code having to know about navigation.
 */
export function FocusMark({ target }: { target: string }) {
  const ref = useRef<HTMLSpanElement | null>(null)
  const pending = useNavigation((s) => (s.focus?.target === target ? s.focus.seq : null))
  useEffect(() => {
    const around = ref.current?.parentElement
    if (pending === null || !around) return
    if (around.tabIndex < 0 && !around.hasAttribute('tabindex')) around.tabIndex = -1
    around.scrollIntoView?.({ block: 'center' })
    around.focus()
    useNavigation.getState().focused(pending)
  }, [pending])
  return <span ref={ref} hidden />
}
