/** Median of numbers (the figure least moved by a noisy neighbour on a 2-core machine). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  const at = (i: number) => sorted[i] ?? Number.NaN
  return sorted.length % 2 ? at(mid) : (at(mid - 1) + at(mid)) / 2
}

/**
 * Microseconds of this process's CPU (user + system) since `start`: unlike wall time, it does not
 * count the time a loaded machine makes us wait for a core.
 */
export function cpuMicrosSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start)
  return used.user + used.system
}

/** Runs `fn` in `rounds` rounds of `perRound` calls; returns the median CPU µs per call. */
export async function microsPerCall(
  fn: () => unknown,
  perRound: number,
  rounds = 7,
): Promise<number> {
  const samples: number[] = []
  for (let r = 0; r < rounds; r++) {
    const start = process.cpuUsage()
    for (let i = 0; i < perRound; i++) await fn()
    samples.push(cpuMicrosSince(start) / perRound)
  }
  return median(samples)
}

/** Same as {@link microsPerCall} for synchronous code, without the await per call. */
export function microsPerSyncCall(fn: () => unknown, perRound: number, rounds = 7): number {
  const samples: number[] = []
  for (let r = 0; r < rounds; r++) {
    const start = process.cpuUsage()
    for (let i = 0; i < perRound; i++) fn()
    samples.push(cpuMicrosSince(start) / perRound)
  }
  return median(samples)
}

/** Garbage-collects when the runtime allows it (`npm run bench` starts Node with --expose-gc). */
export function collect(): void {
  ;(globalThis as { gc?: () => void }).gc?.()
}

/** Live JavaScript heap in MiB after a garbage collection. */
export function heapMiB(): number {
  collect()
  return process.memoryUsage().heapUsed / 1024 / 1024
}

/** Progress on stderr, so `--json` keeps stdout clean. */
export function progress(message: string): void {
  process.stderr.write(`${message}\n`)
}
