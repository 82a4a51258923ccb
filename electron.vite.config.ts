import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import type { Plugin } from 'vite'
import { contentSecurityPolicy } from './src/shared/csp'

/** Puts the CSP into index.html: strict in the build, the dev variant only under the dev server. */
function cspMeta(): Plugin {
  let mode: 'build' | 'dev' = 'build'
  let devOrigin = ''
  return {
    name: 'paylight-csp-meta',
    configResolved(config) {
      mode = config.command === 'serve' ? 'dev' : 'build'
      devOrigin = `http://localhost:${config.server.port ?? 5173}`
    },
    transformIndexHtml(html) {
      const policy = contentSecurityPolicy(mode, devOrigin)
      return html.replace(
        '<!-- CSP -->',
        `<meta http-equiv="Content-Security-Policy" content="${policy}" />`,
      )
    },
  }
}

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
      rollupOptions: { input: resolve('src/renderer/index.html') },
    },
    plugins: [react(), cspMeta()],
  },
})
