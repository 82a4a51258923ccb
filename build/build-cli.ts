// Builds `paylight-check` into one ES module that plain `node` runs: no TypeScript compiler at
// every start (tsx took ~2.5 s), and code that only a live check needs is loaded only then.
import { chmodSync, rmSync } from 'node:fs'
import { build } from 'esbuild'

/** Where the bundle lands; `package.json`'s `bin` and `npm run check` point here. */
export const cliBundle = 'out/cli/paylight-check.mjs'

rmSync('out/cli', { recursive: true, force: true })
await build({
  entryPoints: { 'paylight-check': 'src/cli/main.ts' },
  outdir: 'out/cli',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  splitting: true,
  chunkNames: '[name]-[hash]',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  minify: true,
  legalComments: 'linked',
  logLevel: 'warning',
  // Chunks sit next to the entry so `resources/` resolves the same from src/cli and out/cli.
  // CommonJS dependencies call `require` for Node built-ins; an ES module has none of its own.
  banner: {
    js: "#!/usr/bin/env node\nimport { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
  },
})
chmodSync(cliBundle, 0o755)
