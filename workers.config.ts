/**
 * Build of the main process's worker threads: each one self-contained
 * CommonJS file (`out/main/<name>.cjs`), with zod and our code inside and
 * only Node's own modules left to `require`.
 *
 * Why not a second input of electron-vite's main build: that build is ESM with
 * shared chunks and `zod` left to node_modules. A worker then has to resolve
 * packages and ESM from inside app.asar, which Electron's worker threads don't
 * promise. A single CommonJS file needs neither: Electron reads scripts from
 * app.asar in worker threads since 17.3 (electron/electron#33216), and
 * `.cjs` keeps Node from taking it for ESM under our `"type": "module"`.
 *
 * Used by electron.vite.config.ts (after the main bundle is written) and by
 * the tests' global setup, so tests run the same bundle the app ships.
 */
import { resolve } from 'node:path'
import { build } from 'rolldown'
import type { Plugin } from 'vite'

/** Worker threads of the main process: output name → entry source, relative to the repository root. */
export const WORKER_ENTRIES: Readonly<Record<string, string>> = {
  'parse-worker': 'main/files/parse-worker/worker.ts',
}

/** Builds each entry into `<outDir>/<name>.cjs`; returns the written paths by name. */
export async function buildWorkers(
  root: string,
  outDir: string,
  entries: Readonly<Record<string, string>> = WORKER_ENTRIES,
): Promise<Record<string, string>> {
  const written: Record<string, string> = {}
  for (const [name, entry] of Object.entries(entries)) {
    const file = resolve(outDir, `${name}.cjs`)
    await build({
      input: resolve(root, entry),
      cwd: root,
      platform: 'node',
      logLevel: 'warn',
      // Everything is bundled except Node's own modules.
      external: (id) => id.startsWith('node:'),
      output: { file, format: 'cjs', codeSplitting: false, sourcemap: false },
    })
    written[name] = file
  }
  return written
}

/** electron-vite (main build): writes the workers beside out/main/index.js once the bundle is done. */
export function workersPlugin(root: string): Plugin {
  let outDir = ''
  return {
    name: 'journeywall:worker-threads',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir
    },
    async closeBundle() {
      await buildWorkers(root, outDir)
    },
  }
}
