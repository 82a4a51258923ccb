// Import rules that fail lint (`npm run lint`); docs/architecture.md draws the layers they keep.
// dependency-cruiser rather than import-x's no-cycle: it follows `import type` too, so a circle
// made only of types cannot come back either.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'Modules import each other in a circle: move what both need into a third module.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'core-imports-only-core',
      comment: 'src/shared is the functional core every process runs: it imports nothing outside.',
      severity: 'error',
      from: { path: '^src/shared/' },
      to: { path: '^src/(main|node|preload|renderer|cli)/' },
    },
    {
      name: 'node-adapters-below-the-apps',
      comment: 'src/node is shared by main and the CLI: it may use the core, nothing above it.',
      severity: 'error',
      from: { path: '^src/node/' },
      to: { path: '^src/(main|preload|renderer|cli)/' },
    },
    {
      name: 'window-only-through-the-bridge',
      comment: 'The renderer reaches main only through the preload bridge (and its types).',
      severity: 'error',
      from: { path: '^src/(renderer|preload)/' },
      to: { path: '^src/(main|node|cli)/' },
    },
    {
      name: 'main-apart-from-cli-and-window',
      comment: 'Main talks to the window over IPC only, and shares the core with the CLI.',
      severity: 'error',
      from: { path: '^src/main/' },
      to: { path: '^src/(cli|preload|renderer)/' },
    },
    {
      name: 'cli-apart-from-the-app',
      comment: 'The CLI runs on plain Node: the core and the node adapters, nothing of Electron.',
      severity: 'error',
      from: { path: '^src/cli/' },
      to: { path: '^src/(main|preload|renderer)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
  },
}
