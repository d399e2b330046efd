/**
 * Builds the plain-Konva reference page into a folder of its own (never out/,
 * which other builds use). `bench/run.ts` calls `referenceViteConfig(outDir)`;
 * by hand: `npx vite build -c bench/reference/vite.config.ts` (→ $TMPDIR/jw-bench-reference).
 */
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { defineConfig, type InlineConfig } from 'vite'

export function referenceViteConfig(outDir: string): InlineConfig {
  return {
    configFile: false,
    root: import.meta.dirname,
    base: './',
    logLevel: 'warn',
    // Not minified: CPU profiles (--profile) then name the functions.
    build: { outDir, emptyOutDir: true, minify: false, reportCompressedSize: false, chunkSizeWarningLimit: 8192 },
  }
}

export default defineConfig(referenceViteConfig(join(tmpdir(), 'jw-bench-reference')))
