import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'
import journeywall from './eslint-rules.js'

const electronOnly = {
  name: 'electron',
  message: 'Only main/index, window, menu, ipc, preload, dialogs and main/print may import electron.',
}

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test/artifacts/**', 'bench/results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { journeywall },
    rules: { 'journeywall/file-names': 'error' },
  },
  {
    // Features import the store, app services and shared/ — never each other (eslint-rules.js).
    files: ['renderer/**/*.{ts,tsx}'],
    rules: { 'journeywall/renderer-layers': 'error' },
  },
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [electronOnly, { name: 'lowdb', message: 'The renderer has no file system.' }],
          patterns: [
            { group: ['node:*', 'fs', 'path', 'os', 'child_process'], message: 'The renderer never touches Node.' },
            { group: ['**/main/**', '../main/*'], message: 'The renderer talks to main only through window.journeywall.' },
          ],
        },
      ],
    },
  },
  {
    // shared/ runs anywhere: no DOM, no Node, no Electron, nothing from main or renderer.
    files: ['shared/**/*.ts'],
    languageOptions: { globals: { ...globals.es2024 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronOnly],
          patterns: [
            { group: ['node:*', 'fs', 'path', 'os'], message: 'shared/ is pure: no Node.' },
            { group: ['**/main/**', '**/renderer/**'], message: 'shared/ imports nothing from main or renderer.' },
          ],
        },
      ],
    },
  },
  {
    files: ['main/**/*.ts'],
    ignores: ['main/index.ts', 'main/window.ts', 'main/menu.ts', 'main/ipc.ts', 'main/preload.ts', 'main/dialogs.ts', 'main/print/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [electronOnly], patterns: [{ group: ['**/renderer/**'], message: 'main never imports the renderer.' }] }],
    },
  },
)
