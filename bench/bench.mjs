// `npm run bench`: bundles bench/run.ts (TypeScript, imports from shared/,
// main/ and test/host/) with rolldown into node_modules/.cache, so plain Node
// runs it on a clean checkout with no TypeScript loader, then starts it.
// Package imports stay external and resolve from the repo's node_modules.
import { mkdir } from 'node:fs/promises'
import { dirname, isAbsolute, join, resolve } from 'node:path'
import { tmpdir } from 'node:os'
import { pathToFileURL } from 'node:url'
import { build } from 'rolldown'

const root = resolve(import.meta.dirname, '..')
process.env.JOURNEYWALL_BENCH_ROOT = root
// The app is built into a folder of the bench's own (other builds use out/);
// the test host reads this variable when it loads, so it is set before the import.
process.env.JOURNEYWALL_OUT_DIR ??= join(tmpdir(), 'jw-out-bench')

const outDir = join(root, 'node_modules', '.cache', 'journeywall-bench')
await mkdir(outDir, { recursive: true })
const outFile = join(outDir, 'run.mjs')
await build({
  input: join(root, 'bench', 'run.ts'),
  platform: 'node',
  logLevel: 'warn',
  external: (id) => !id.startsWith('.') && !isAbsolute(id) && !id.startsWith('\0'),
  // Sources written for vitest use __dirname / import.meta.dirname: give each
  // module its own folder, as if it ran unbundled.
  plugins: [
    {
      name: 'module-dirname',
      transform(code, id) {
        if (id.includes('node_modules') || !/__dirname|import\.meta\.dirname/.test(code)) return null
        const dir = JSON.stringify(dirname(id))
        return { code: code.replace(/\bimport\.meta\.dirname\b/g, dir).replace(/\b__dirname\b/g, dir), map: null }
      },
    },
  ],
  output: { file: outFile, format: 'esm', sourcemap: true, codeSplitting: false },
})
const { main } = await import(pathToFileURL(outFile).href)
process.exitCode = await main(process.argv.slice(2))
