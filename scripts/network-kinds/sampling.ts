// Helpers the data scripts share to draw reproducible samples of addresses.

/** mulberry32: a small seeded generator in [0, 1), so a sample is the same on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** A numeric address as text: dotted IPv4, or eight IPv6 groups. */
export function ipText(n: bigint, family: 4 | 6): string {
  return family === 4
    ? [24n, 16n, 8n, 0n].map((s) => String((n >> s) & 255n)).join('.')
    : Array.from({ length: 8 }, (_, i) =>
        ((n >> BigInt(112 - 16 * i)) & 0xffffn).toString(16),
      ).join(':')
}
