import { useEffect, useState } from 'react'

/**
 * The current time, refreshed every `periodMs`; only the component that calls it re-renders on
 * each tick, so a ticking age never redraws the page around it.
 */
export function useNow(periodMs = 1000): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const clock = setInterval(() => setNow(Date.now()), periodMs)
    return () => clearInterval(clock)
  }, [periodMs])
  return now
}
