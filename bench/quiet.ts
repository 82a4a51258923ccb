import { cpus } from 'node:os'

const idleShare = (before: ReturnType<typeof cpus>, after: ReturnType<typeof cpus>): number => {
  let idle = 0
  let total = 0
  after.forEach((cpu, i) => {
    const was = before[i]?.times
    if (!was) return
    const now = cpu.times
    idle += now.idle - was.idle
    total += now.user + now.nice + now.sys + now.idle + now.irq
    total -= was.user + was.nice + was.sys + was.idle + was.irq
  })
  return total > 0 ? idle / total : 0
}

/**
 * Resolves once the machine's cores were at least `share` idle over a 250 ms window (true), or
 * after `maxMs` (false). A window is opened from the tray on a machine at rest, not while the
 * browser is still starting: this keeps a fresh browser's own start-up work out of a cold figure.
 */
export async function machineQuiet(share = 0.85, maxMs = 5000): Promise<boolean> {
  const until = Date.now() + maxMs
  while (Date.now() < until) {
    const before = cpus()
    await new Promise((resolve) => setTimeout(resolve, 250))
    if (idleShare(before, cpus()) >= share) return true
  }
  return false
}
