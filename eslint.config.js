// Lint rules: typescript-eslint strict, React hooks, Prettier owns formatting.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import prettier from 'eslint-config-prettier'
import globals from 'globals'

export default tseslint.config(
  { ignores: ['out', 'node_modules', 'resources', 'test-results'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      'no-console': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // Only the IPC glue touches Electron's IPC objects: main registers the handlers, the preload
    // builds the bridge. Everything else goes through the typed contract.
    files: ['**/*.{ts,tsx,js}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              importNames: ['ipcMain', 'ipcRenderer'],
              message:
                'Only src/main/ipc-handlers.ts, src/main/index.ts and src/preload/index.ts use Electron IPC directly.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/main/ipc-handlers.ts', 'src/main/index.ts', 'src/preload/index.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // The functional core stays free of Electron and Node built-ins so every process can use it.
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            'electron',
            'fs',
            'path',
            'os',
            'http',
            'https',
            'net',
            'child_process',
            'crypto',
          ],
          patterns: ['node:*'],
        },
      ],
    },
  },
  {
    // Only the logger may write to the console; the CLI prints its report through stdout.
    files: ['src/shared/util/logger.ts', 'src/cli/**/*.ts', 'scripts/**/*.ts', 'bench/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
  {
    // Tests may assert presence with `!` after checking it.
    files: ['test/**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  prettier,
)
