import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import { cspPlugin } from './build/csp-plugin'

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
      rollupOptions: { input: resolve('src/renderer/index.html') },
      modulePreload: false,
    },
    plugins: [react(), cspPlugin()],
  },
})
