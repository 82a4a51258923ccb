import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import type { Plugin } from 'vite'
import react from '@vitejs/plugin-react'
import { cspPlugin } from './build/csp-plugin'

// Modules two lazy pages share that the first screen never imports (see the renderer's chunks).
const onlyLazyPagesShare =
  /node_modules[\\/]credit-card-type|shared[\\/]profile[\\/](card-shadow|markup-reading|digit-value|brand-label)|shared[\\/]checklist[\\/]step-status|renderer[\\/]src[\\/]session[\\/](CooldownPanel|StorageProblem|use-log-decline)|renderer[\\/]src[\\/]guide[\\/](StepButton|step-navigation)/

/**
 * The first screen's chunks (the entry, the app it loads at once, and what they import) are all
 * fetched as soon as the page is parsed (`modulepreload`, checked against the CSP's hashes like the
 * entry), instead of one after another as each is parsed. The lazy pages stay lazy. (Marking
 * these chunks for eager compilation, `//# allFunctionsCalledOnLoad`, measured no faster here.)
 */
const firstScreen = (): Plugin => ({
  name: 'paylight-first-screen',
  enforce: 'post',
  generateBundle(_, bundle) {
    const chunks = new Map(
      Object.values(bundle).flatMap((c) => (c.type === 'chunk' ? [[c.fileName, c] as const] : [])),
    )
    const entries = [...chunks.values()].filter((c) => c.isEntry)
    const first = new Set<string>()
    const add = (file: string) => {
      if (first.has(file)) return
      first.add(file)
      chunks.get(file)?.imports.forEach(add)
    }
    entries.forEach((entry) => [entry.fileName, ...entry.dynamicImports].forEach(add))
    const page = bundle['index.html']
    if (page?.type !== 'asset' || typeof page.source !== 'string') return
    const entryFiles = new Set(entries.map((e) => e.fileName))
    const links = [...first]
      .filter((file) => !entryFiles.has(file))
      .map((file) => `<link rel="modulepreload" crossorigin href="./${file}">`)
    page.source = page.source.replace('</head>', `  ${links.join('\n    ')}\n  </head>`)
  },
})

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // Bundle dependencies: plain ESM imports of JSON country tables or CommonJS named exports
      // would otherwise fail at run time in Electron's Node.
      externalizeDeps: false,
      rollupOptions: { external: ['electron', /^node:/] },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot be an ES module, and cannot require anything but electron.
      externalizeDeps: false,
      rollupOptions: {
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('src/renderer'),
    build: {
      outDir: resolve('out/renderer'),
      minify: true,
      // The bundle is served as files over app:// (V8 keeps their compiled code between launches),
      // with the pages not on the first screen split into chunks loaded on demand.
      rollupOptions: {
        input: resolve('src/renderer/index.html'),
        // What the first screen shares with the lazy pages (React, the store, the messages, the
        // core) in one chunk, not a dozen small ones fetched one round trip each; what only the
        // lazy pages share (the card scanner and brand table of the pages where a card is typed,
        // the cool-down panel and step buttons of the session and guide pages) in another, so the
        // first screen does not parse it.
        output: {
          codeSplitting: {
            groups: [
              {
                name: 'common',
                test: (id: string) => !onlyLazyPagesShare.test(id),
                minShareCount: 2,
                priority: 2,
              },
              { name: 'pages-shared', test: onlyLazyPagesShare, minShareCount: 2, priority: 1 },
            ],
          },
        },
      },
      // One style sheet, loaded with the page: no CSS to wait for when a lazy page opens.
      cssCodeSplit: false,
      // The first screen's chunks are preloaded by the plugin below; lazy pages need no helper.
      modulePreload: false,
    },
    plugins: [react(), firstScreen(), cspPlugin()],
  },
})
