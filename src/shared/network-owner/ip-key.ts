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

function hexGroup(group: string): number | null {
  if (group.length === 0 || group.length > 4) return null
  const value = Number.parseInt(group, 16)
  return /^[0-9a-f]+$/i.test(group) ? value : null
}

/** Splits IPv6 text into its eight 16-bit groups (an embedded IPv4 tail counts as two). */
function ipv6Groups(text: string): number[] | null {
  const halves = text.split('::')
  if (halves.length > 2) return null
  const parse = (half: string): number[] | null => {
    if (half === '') return []
    const out: number[] = []
    const parts = half.split(':')
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i] ?? ''
      if (i === parts.length - 1 && part.includes('.')) {
        const v4 = parseIpv4(part)
        if (v4 === null) return null
        out.push(Math.floor(v4 / 65536), v4 % 65536)
      } else {
        const group = hexGroup(part)
        if (group === null) return null
        out.push(group)
      }
    }
    return out
  }
  const head = parse(halves[0] ?? '')
  const tail = halves.length === 2 ? parse(halves[1] ?? '') : []
  if (!head || !tail) return null
  const missing = 8 - head.length - tail.length
  if (halves.length === 2 ? missing < 1 : missing !== 0) return null
  return [...head, ...Array<number>(missing).fill(0), ...tail]
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
  const groups = ipv6Groups(text.split('%')[0] ?? '')
  if (!groups) return null
  const g = (i: number) => groups[i] ?? 0
  if (g(0) === 0 && g(1) === 0 && g(2) === 0 && g(3) === 0 && g(4) === 0 && g(5) === 0xffff)
    return { family: 4, v4: g(6) * 65536 + g(7) }
  return { family: 6, hi: g(0) * 65536 + g(1), lo: g(2) * 65536 + g(3) }
}
