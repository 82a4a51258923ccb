import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'

// Every test project aliases `electron` to a stub: importing the real module would try to download
// the Electron binary.
const alias = { electron: resolve('test/support/electron-stub.ts') }

export default defineConfig({
  test: {
    globals: true,
    // A fresh temp folder per run; the run fails if any test leaves something in it.
    globalSetup: ['test/support/temp-hygiene.ts'],
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'test/unit/{shared,main,cli,preload,node,bench}/**/*.test.ts',
            'test/integration/**/*.test.ts',
            'test/property/**/*.test.ts',
          ],
          setupFiles: ['test/support/setup-node.ts'],
          globals: true,
          // Some tests run the compiler, the linter or the built CLI in a child process: on a busy
          // 2-core machine they need more than the default 5 s. This bounds hangs; it times nothing.
          testTimeout: 30_000,
        },
      },
      {
        plugins: [react()],
        resolve: { alias },
        test: {
          name: 'renderer',
          environment: 'happy-dom',
          include: ['test/unit/renderer/**/*.test.tsx'],
          setupFiles: ['test/support/setup-node.ts', 'test/support/setup-renderer.ts'],
          globals: true,
          testTimeout: 30_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          setupFiles: ['test/support/setup-node.ts'],
          globals: true,
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
      {
        // The built app in real Electron (`npm run test:electron`). Skipped, with the reason, where
        // no Electron binary is installed (as on machines that reach only the package registries).
        resolve: { alias },
        test: {
          name: 'electron',
          environment: 'node',
          include: ['test/electron/**/*.test.ts'],
          setupFiles: ['test/support/setup-node.ts'],
          globals: true,
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
})
