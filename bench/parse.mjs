// `npm run bench:parse`: bundles bench/parse-run.ts (TypeScript, imports from
// shared/, main/, test/ and workers.config.ts) with rolldown into
// node_modules/.cache, so plain Node runs it with no TypeScript loader, then
// starts it. Package imports stay external. See bench/README.md.
import { mkdir } from 'node:fs/promises'
import { dirname, isAbsolute, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { build } from 'rolldown'

const root = resolve(import.meta.dirname, '..')
process.env.JOURNEYWALL_BENCH_ROOT = root
const outDir = join(root, 'node_modules', '.cache', 'journeywall-bench')
await mkdir(outDir, { recursive: true })
const outFile = join(outDir, 'parse-run.mjs')
await build({
  input: join(root, 'bench', 'parse-run.ts'),
  platform: 'node',
  logLevel: 'warn',
  external: (id) => !id.startsWith('.') && !isAbsolute(id) && !id.startsWith('\0'),
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
