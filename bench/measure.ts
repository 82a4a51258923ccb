/** Median of numbers (the figure least moved by a noisy neighbour on a 2-core machine). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  const at = (i: number) => sorted[i] ?? Number.NaN
  return sorted.length % 2 ? at(mid) : (at(mid - 1) + at(mid)) / 2
}

/** Runs `fn` in `rounds` rounds of `perRound` calls; returns the median microseconds per call. */
export async function microsPerCall(
  fn: () => unknown,
  perRound: number,
  rounds = 7,
): Promise<number> {
  const samples: number[] = []
  for (let r = 0; r < rounds; r++) {
    const start = process.hrtime.bigint()
    for (let i = 0; i < perRound; i++) await fn()
    samples.push(Number(process.hrtime.bigint() - start) / 1000 / perRound)
  }
  return median(samples)
}

/** Same as {@link microsPerCall} for synchronous code, without the await per call. */
export function microsPerSyncCall(fn: () => unknown, perRound: number, rounds = 7): number {
  const samples: number[] = []
  for (let r = 0; r < rounds; r++) {
    const start = process.hrtime.bigint()
    for (let i = 0; i < perRound; i++) fn()
    samples.push(Number(process.hrtime.bigint() - start) / 1000 / perRound)
  }
  return median(samples)
}

/** Resident set size in MiB after a garbage collection when the runtime allows one. */
export function rssMiB(): number {
  ;(globalThis as { gc?: () => void }).gc?.()
  return process.memoryUsage().rss / 1024 / 1024
}

/** One printed figure with its target, so the output reads as a checklist. */
export function report(name: string, value: string, target?: string): void {
  console.log(`${name.padEnd(48)} ${value.padStart(14)}${target ? `   (target ${target})` : ''}`)
}
