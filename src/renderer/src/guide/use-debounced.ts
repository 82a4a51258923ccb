import { useEffect, useState } from 'react'

/**
 * `value` once it has stopped changing for `ms`: the look-up costs tens of milliseconds on a long
 * paste, so it runs when typing pauses, not on every key.
 */
export function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value)
  useEffect(() => {
    const handle = setTimeout(() => setSettled(value), ms)
    return () => clearTimeout(handle)
  }, [value, ms])
  return settled
}
