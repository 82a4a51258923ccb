import { maskCardNumbers } from './card-text-scan'

const MAX_DEPTH = 64

/**
 * A value with every string and key passed through `maskCardNumbers`: for whatever leaves the
 * process (IPC replies, log data, CLI output), so a card number that slipped past a check is never
 * shown. The same value comes back, uncopied, when nothing needed masking.
 */
export function maskCardNumbersIn<T>(value: T, depth = 0): T {
  if (typeof value === 'string') return maskCardNumbers(value) as T
  if (value === null || typeof value !== 'object' || depth > MAX_DEPTH) return value
  if (Array.isArray(value)) {
    let changed = false
    const out = value.map((item: unknown) => {
      const masked = maskCardNumbersIn(item, depth + 1)
      if (masked !== item) changed = true
      return masked
    })
    return (changed ? out : value) as T
  }
  if (Object.getPrototypeOf(value) !== Object.prototype && Object.getPrototypeOf(value) !== null)
    return value
  let changed = false
  const entries = Object.entries(value).map(([key, item]) => {
    const maskedKey = maskCardNumbers(key)
    const masked = maskCardNumbersIn(item, depth + 1)
    if (maskedKey !== key || masked !== item) changed = true
    return [maskedKey, masked] as const
  })
  return (changed ? Object.fromEntries(entries) : value) as T
}
