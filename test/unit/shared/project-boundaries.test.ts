import { writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, resolve } from 'node:path'
import { cruise } from 'dependency-cruiser'
import { ESLint } from 'eslint'
import ts from 'typescript'
import { useTempDirs } from '../../support/temp-dirs'

// Type-checks one made-up file as if it sat in src/shared, under the core's own project settings.
function coreDiagnostics(source: string): string[] {
  const config = ts.getParsedCommandLineOfConfigFile(
    resolve('tsconfig.shared.json'),
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined },
  )
  if (!config) throw new Error('tsconfig.shared.json could not be read')
  const probe = resolve('src/shared/boundary-probe.ts')
  const host = ts.createCompilerHost(config.options)
  const readFile = host.readFile.bind(host)
  const getSourceFile = host.getSourceFile.bind(host)
  host.readFile = (file) => (file === probe ? source : readFile(file))
  host.fileExists = (file) => file === probe || ts.sys.fileExists(file)
  host.getSourceFile = (file, language) =>
    file === probe ? ts.createSourceFile(file, source, language) : getSourceFile(file, language)
  const roots = [probe, resolve('src/shared/platform.d.ts')]
  const program = ts.createProgram(roots, config.options, host)
  return ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file?.fileName === probe)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))
}

describe('the core’s TypeScript project', () => {
  it('refuses Node and DOM globals', () => {
    const problems = coreDiagnostics(
      [
        'export const a = process.env.HOME',
        'export const b = Buffer.from("x")',
        'export const c = document.title',
        'export const d = window.location',
        'export const e = localStorage.length',
      ].join('\n'),
    )
    for (const name of ['process', 'Buffer', 'document', 'window', 'localStorage'])
      expect(problems.join('\n')).toContain(`'${name}'`)
  })

  it('accepts the web-platform APIs every runtime has', () => {
    const problems = coreDiagnostics(
      [
        'export const host = new URL("https://chatgpt.com/").host',
        'export const timer = setTimeout(() => undefined, 1)',
        'clearTimeout(timer)',
        'export const signal = new AbortController().signal',
        'export const text = new TextDecoder("utf-8").decode(new Uint8Array(0))',
      ].join('\n'),
    )
    expect(problems).toEqual([])
  })
})

describe('the lint rules', () => {
  const eslint = new ESLint()
  const ipcUse =
    "import { ipcMain, ipcRenderer } from 'electron'\nexport const both = [ipcMain, ipcRenderer]\n"
  const rulesHit = async (filePath: string) => {
    const [result] = await eslint.lintText(ipcUse, { filePath })
    return (result?.messages ?? []).map((m) => m.ruleId)
  }

  it('keep Electron IPC out of everything but the registration glue and the bridge', async () => {
    expect(await rulesHit('src/main/tray/tray-controller.ts')).toContain('no-restricted-imports')
    expect(await rulesHit('src/renderer/src/App.tsx')).toContain('no-restricted-imports')
    expect(await rulesHit('src/shared/contract/ipc.ts')).toContain('no-restricted-imports')
    for (const glue of ['src/main/ipc-handlers.ts', 'src/main/index.ts', 'src/preload/index.ts'])
      expect(await rulesHit(glue)).not.toContain('no-restricted-imports')
  })
})

describe('the import-circle check (npm run lint)', () => {
  const tempDir = useTempDirs('paylight-circles-')
  const config = createRequire(import.meta.url)('../../../.dependency-cruiser.cjs') as {
    forbidden: unknown[]
    options: Record<string, unknown>
  }
  /** Cruises a folder of made-up modules with the project's own rules. */
  const violations = async (files: Record<string, string>) => {
    const dir = tempDir()
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text)
    const result = await cruise([dir], {
      ...config.options,
      tsConfig: undefined,
      validate: true,
      ruleSet: { forbidden: config.forbidden },
    } as never)
    if (typeof result.output === 'string') throw new Error('expected a structured result')
    return result.output.summary.violations.map((v) => v.rule.name)
  }

  it('fails on a circle made only of types, which import-x’s no-cycle would let through', async () => {
    const circle = await violations({
      'a.ts': "import type { B } from './b'\nexport type A = B[]\n",
      'b.ts': "import type { A } from './a'\nexport type B = A | 1\n",
    })
    expect(circle).toContain('no-circular')
    const line = await violations({
      'a.ts': "import type { B } from './b'\nexport type A = B[]\n",
      'b.ts': 'export type B = 1\n',
    })
    expect(line).toEqual([])
  })
})
