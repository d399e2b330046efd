/**
 * Global setup: builds the main process's worker threads (workers.config.ts)
 * from the current sources, once per run, so tests that parse files off the
 * main thread run the very bundle the app ships, never a stale one. Tests get
 * the paths with `inject('parseWorkerFile')`.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { TestProject } from 'vitest/node'
import { buildWorkers, WORKER_ENTRIES } from '../../workers.config'

declare module 'vitest' {
  export interface ProvidedContext {
    /** out/main/parse-worker.cjs, built from the current sources for this run. */
    parseWorkerFile: string
    /** The test-only worker that hangs on "deliberately slow" files (test/host/slow-parse-worker.ts). */
    slowParseWorkerFile: string
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = await mkdtemp(join(tmpdir(), 'jw-workers-'))
  const built = await buildWorkers(resolve(import.meta.dirname, '../..'), dir, {
    ...WORKER_ENTRIES,
    'slow-parse-worker': 'test/host/slow-parse-worker.ts',
  })
  project.provide('parseWorkerFile', built['parse-worker'] as string)
  project.provide('slowParseWorkerFile', built['slow-parse-worker'] as string)
  return () => rm(dir, { recursive: true, force: true })
}
