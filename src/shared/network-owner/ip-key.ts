/** An address reduced to the key the ASN table is sorted by: 32 bits for IPv4, the /64 for IPv6. */
export type IpKey =
  | { readonly family: 4; readonly v4: number }
  | { readonly family: 6; readonly hi: number; readonly lo: number }

/** Parses dotted IPv4 text to an unsigned 32-bit number; null when it is not exactly four octets. */
export function parseIpv4(text: string): number | null {
  let value = 0
  let octet = -1
  let parts = 0
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 46
    if (code === 46) {
      if (octet < 0 || ++parts > 4) return null
      value = value * 256 + octet
      octet = -1
    } else if (code >= 48 && code <= 57) {
      octet = octet < 0 ? code - 48 : octet * 10 + code - 48
      if (octet > 255) return null
    } else return null
  }
  return parts === 4 ? value : null
}

function hexValue(code: number): number {
  if (code >= 48 && code <= 57) return code - 48
  if (code >= 97 && code <= 102) return code - 87
  if (code >= 65 && code <= 70) return code - 55
  return -1
}

// Scratch space for one parse at a time (look-ups are synchronous): no allocation per address.
const scratch: number[] = [0, 0, 0, 0, 0, 0, 0, 0]

/**
 * Reads IPv6 text (with "::" and an optional IPv4 tail; a %zone is ignored) into its eight 16-bit
 * groups in one pass over the characters, the cost that dominates an IPv6 look-up.
 */
function ipv6Groups(text: string): number[] | null {
  const zone = text.indexOf('%')
  const end = zone < 0 ? text.length : zone
  let count = 0
  let gap = -1
  let i = 0
  if (text.charCodeAt(0) === 58) {
    if (text.charCodeAt(1) !== 58) return null
    gap = 0
    i = 2
  }
  while (i < end) {
    const start = i
    let value = 0
    for (let digit = hexValue(text.charCodeAt(i)); i < end && digit >= 0;) {
      value = value * 16 + digit
      digit = hexValue(text.charCodeAt(++i))
    }
    if (i < end && text.charCodeAt(i) === 46) {
      const v4 = count <= 6 ? parseIpv4(text.slice(start, end)) : null
      if (v4 === null) return null
      scratch[count++] = Math.floor(v4 / 65536)
      scratch[count++] = v4 % 65536
      break
    }
    if (i === start || i - start > 4 || count === 8) return null
    scratch[count++] = value
    if (i === end) break
    if (text.charCodeAt(i) !== 58) return null
    i++
    if (text.charCodeAt(i) === 58 && i < end) {
      if (gap >= 0) return null
      gap = count
      i++
    } else if (i === end) return null
  }
  if (gap < 0) return count === 8 ? scratch : null
  if (count > 7) return null
  const move = 8 - count
  for (let k = count - 1; k >= gap; k--) scratch[k + move] = scratch[k] ?? 0
  for (let k = gap; k < gap + move; k++) scratch[k] = 0
  return scratch
}

/**
 * Turns an address into its table key. IPv4-mapped IPv6 (::ffff:a.b.c.d) is looked up as the IPv4
 * address it carries, because that is the exit the merchant sees.
 */
export function ipKey(text: string): IpKey | null {
  if (text.length > 45) return null
  if (!text.includes(':')) {
    const v4 = parseIpv4(text)
    return v4 === null ? null : { family: 4, v4 }
  }
  const groups = ipv6Groups(text)
  if (!groups) return null
  const g = (i: number) => groups[i] ?? 0
  if (g(0) === 0 && g(1) === 0 && g(2) === 0 && g(3) === 0 && g(4) === 0 && g(5) === 0xffff)
    return { family: 4, v4: g(6) * 65536 + g(7) }
  return { family: 6, hi: g(0) * 65536 + g(1), lo: g(2) * 65536 + g(3) }
}
