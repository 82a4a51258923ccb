// Characters JSON.stringify writes escaped (surrogates over-counted: a safe side to err on).
// eslint-disable-next-line no-control-regex
const ESCAPED = /[\u0000-\u001f"\\\ud800-\udfff]/g

/** Deepest nesting a request may have; real payloads (a profile) are four levels deep. */
const MAX_DEPTH = 32

/**
 * Whether a value, written as JSON, would stay within `maxChars`: counted by walking it with a
 * budget, so it never throws (BigInt, cycles, getters that throw) and never walks more than the
 * budget allows, unlike `JSON.stringify`, which is what an untrusted payload must not reach.
 */
export function fitsJsonBudget(value: unknown, maxChars: number): boolean {
  let budget = maxChars
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }]
  try {
    for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
      if (typeof item.value === 'string' && item.value.length > budget) return false
      budget -= sizeOf(item.value)
      if (budget < 0 || Number.isNaN(budget)) return false
      if (!isJsonShaped(item.value)) return false
      // A sparse array's length costs nothing to send but would cost a walk, and each key costs at
      // least 4 characters: counts past the budget are refused before any child is looked at.
      if (Array.isArray(item.value) && item.value.length > budget) return false
      const children = childrenOf(item.value, budget / 4)
      if (children === undefined) return false
      if (children === null) continue
      if (item.depth >= MAX_DEPTH) return false
      for (const [key, child] of children) {
        budget -= key.length + 4
        if (budget < 0) return false
        stack.push({ value: child, depth: item.depth + 1 })
      }
    }
    return true
  } catch {
    return false
  }
}

/**
 * Whether a value is something JSON writes: a primitive, an array, or a plain object (prototype
 * Object.prototype or none). Typed arrays, their buffers, Maps, Dates and class instances are
 * refused before a single index or key of theirs is looked at (a 10-million-byte Uint8Array would
 * otherwise be walked index by index).
 */
function isJsonShaped(value: unknown): boolean {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return true
  const proto: unknown = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}

function sizeOf(value: unknown): number {
  switch (typeof value) {
    case 'string':
      // Quotes, plus up to five more characters for each one JSON escapes (\u0000 form).
      return value.length + 2 + 5 * (value.match(ESCAPED) ?? []).length
    case 'number':
      return Number.isFinite(value) ? String(value).length : 4
    case 'boolean':
      return 5
    case 'undefined':
      return 4
    case 'object':
      return value === null ? 4 : 2
    default:
      // bigint, symbol, function: not JSON, so never within budget.
      return Number.NaN
  }
}

// A container's entries, null for a primitive, undefined when an object has more than `maxKeys`
// keys. Keys are listed once, natively (Object.keys), never enumerated one by one with for…in.
function childrenOf(value: unknown, maxKeys: number): [string, unknown][] | null | undefined {
  if (value === null || typeof value !== 'object') return null
  if (Array.isArray(value)) return value.map((child, index) => [String(index), child])
  const keys = Object.keys(value)
  if (keys.length > maxKeys) return undefined
  return keys.map((key) => [key, (value as Record<string, unknown>)[key]])
}
