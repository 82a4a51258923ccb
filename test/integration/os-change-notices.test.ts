import { execFile, spawnSync } from 'node:child_process'

// A network namespace of our own (user + net, no privileges needed where the kernel allows it):
// real interfaces to add and remove without touching the machine's.
const namespaces =
  process.platform === 'linux' &&
  spawnSync('unshare', ['-rn', 'ip', 'link'], { stdio: 'ignore' }).status === 0

const inNamespace = (trials: number) =>
  new Promise<{ events: string[]; noticeMs: number[]; polling: string[] }>((resolve, reject) =>
    execFile(
      'unshare',
      ['-rn', process.execPath, '--import', 'tsx', 'test/support/netns-watch.ts', String(trials)],
      { timeout: 20_000 },
      (error, stdout) => (error ? reject(error) : resolve(JSON.parse(stdout))),
    ),
  )

describe('network change notices from the OS (Linux, ip monitor)', () => {
  it.skipIf(!namespaces)(
    'report an interface coming up with an address and going away, without polling, and end with the watch',
    async () => {
      // The child exits only once the watch has stopped `ip monitor`: a monitor left running
      // would hold its pipe open and the run would time out.
      const run = await inNamespace(2)
      expect(run.polling).toEqual([])
      expect(run.events).toEqual(Array(4).fill('network-change'))
      expect(run.noticeMs).toHaveLength(4)
    },
  )
})
