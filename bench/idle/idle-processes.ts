// Starting the processes the idle bench watches: the built main bundle on the fake Electron, the
// checks-only process, and the loopback sources they ask, each a child of the bench.
import { fork, spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { build } from 'esbuild'
import type { WakeReport } from './wake-probe'

const here = path.dirname(fileURLToPath(import.meta.url))
// CommonJS dependencies inside an ESM bundle call `require`: give them Node's.
const requireBanner =
  "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);"

/** The bench's own files, bundled for plain Node into `dir` (no tsx in a watched process). */
export async function buildIdleFiles(dir: string): Promise<{
  readonly probe: string
  readonly register: string
  readonly checksOnly: string
  readonly timeWarp: string
}> {
  const entries = ['app-electron', 'checks-only', 'wake-probe', 'time-warp']
  await build({
    entryPoints: entries.map((name) => path.join(here, `${name}.ts`)),
    outdir: dir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    banner: { js: requireBanner },
    logLevel: 'silent',
  })
  // `electron` resolves to the bench's fake; everything else as usual.
  writeFileSync(
    path.join(dir, 'loader.mjs'),
    `export async function resolve(specifier, context, next) {
  if (specifier === 'electron')
    return { url: ${JSON.stringify(pathToFileURL(path.join(dir, 'app-electron.mjs')).href)}, shortCircuit: true }
  return next(specifier, context)
}\n`,
  )
  writeFileSync(
    path.join(dir, 'register.mjs'),
    `import { register } from 'node:module'\nregister('./loader.mjs', import.meta.url)\n`,
  )
  const file = (name: string) => path.join(dir, name)
  return {
    probe: file('wake-probe.mjs'),
    register: file('register.mjs'),
    checksOnly: file('checks-only.mjs'),
    timeWarp: file('time-warp.mjs'),
  }
}

/** A watched process: asks its probe for a {@link WakeReport}; `stop()` ends it. */
export interface Watched {
  readonly child: ChildProcess
  report(): Promise<WakeReport>
  /** What it wrote on stderr (the app's warnings and errors). */
  readonly stderr: () => string
  stop(): Promise<void>
}

/** Starts `args` under plain Node with the wake probe preloaded and an IPC channel to the bench. */
export function startWatched(
  probe: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  nodeFlags: readonly string[] = [],
): Watched {
  const child = spawn(process.execPath, [...nodeFlags, '--import', probe, ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  })
  let stderr = ''
  child.stderr?.on('data', (chunk: Buffer) => void (stderr += chunk.toString('utf8')))
  return {
    child,
    report: () =>
      new Promise<WakeReport>((resolve, reject) => {
        if (child.exitCode !== null) {
          reject(new Error(`watched process exited (${child.exitCode}): ${stderr.slice(-800)}`))
          return
        }
        child.once('message', (m) => resolve(m as WakeReport))
        child.send('report')
      }),
    stderr: () => stderr,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM')
      await exited
    },
  }
}

/** The loopback sources: one server per watched process, so each one's requests count apart. */
export interface IdleSources {
  readonly ports: readonly number[]
  /** Requests each server answered so far, and the checks among them. */
  served(): Promise<readonly { readonly requests: number; readonly checks: number }[]>
  stop(): Promise<void>
}

/** Forks the sources child (idle-sources.ts) with `servers` servers. */
export async function startIdleSourcesChild(servers: number): Promise<IdleSources> {
  const child = fork(path.join(here, 'sources-child.ts'), [], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  const ask = <T>(message: unknown) =>
    new Promise<T>((resolve, reject) => {
      child.once('message', (m) => resolve(m as T))
      child.once('exit', (code) => reject(new Error(`idle sources exited (${code})`)))
      child.send(message as object)
    })
  const { ports } = await ask<{ ports: number[] }>({ servers })
  return {
    ports,
    served: async () =>
      (await ask<{ served: { requests: number; checks: number }[] }>('served')).served,
    stop: async () => {
      if (child.exitCode !== null) return
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.disconnect()
      await exited
    },
  }
}

/** The built main bundle, which the idle figures are about. */
export function builtMain(): string {
  const main = path.resolve('out/main/index.js')
  if (!existsSync(main)) throw new Error('the app is not built: run `npm run build` first')
  return main
}

/** A user-data folder for the app under `dir`. */
export function userDataIn(dir: string, name: string): string {
  const folder = path.join(dir, name)
  mkdirSync(folder, { recursive: true })
  return folder
}
