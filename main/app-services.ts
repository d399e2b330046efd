/**
 * Wires the real file services (main/files) into the handlers. The Electron
 * app and the test host both build their services here, from a data folder
 * (Electron's userData in the app, a temp folder in tests).
 */
import { join } from 'node:path'
import { DraftStore, OffThreadParser, ProjectFiles, RecentFiles, watchForExternalChanges } from './files'
import { createMainServices, type MainServices } from './handlers'
import type { Dialogs, PrintDeps, WindowHost } from './ports'

/**
 * The parse worker beside the bundled main process (out/main/parse-worker.cjs,
 * built by workers.config.ts). The app is bundled into out/main/index.js,
 * where __dirname is out/main — also inside app.asar, where Electron lets
 * worker threads load it. Code running from source (tests) passes its own.
 */
export const BUNDLED_PARSE_WORKER = join(__dirname, 'parse-worker.cjs')

export interface AppServicesOptions {
  dataDir: string
  dialogs: Dialogs
  windows: WindowHost
  /** Printer and export dialogs (Electron in the app, Playwright in the test host). */
  print?: PrintDeps
  /** Where and how outside files are parsed, off the main thread. */
  parsing?: { workerFile?: string | URL; timeLimitMs?: number }
}

export interface AppServices extends MainServices {
  /** Stops the parse workers (end of a test; the app simply exits, idle workers never hold it). */
  dispose(): Promise<void>
}

export function appDataPaths(dataDir: string) {
  return {
    drafts: join(dataDir, 'drafts'),
    backups: join(dataDir, 'backups'),
    recent: join(dataDir, 'recent.json'),
  }
}

export function createAppServices({ dataDir, dialogs, windows, print, parsing }: AppServicesOptions): AppServices {
  const paths = appDataPaths(dataDir)
  const parser = new OffThreadParser({
    workerFile: parsing?.workerFile ?? BUNDLED_PARSE_WORKER,
    ...(parsing?.timeLimitMs === undefined ? {} : { timeLimitMs: parsing.timeLimitMs }),
  })
  const files = new ProjectFiles({ backupsDir: paths.backups, parser })
  const drafts = new DraftStore(paths.drafts, { parser })
  const recent = new RecentFiles(paths.recent)
  const services = createMainServices({
    files,
    parser,
    drafts: {
      write: async (draftId, draft) => {
        await drafts.write(draftId, draft)
      },
      list: () => drafts.list(),
      read: async (draftId) => {
        const read = await drafts.read(draftId)
        return read.ok ? { ok: true, project: read.project } : { ok: false, problem: read.problem }
      },
      discard: (draftId) => drafts.discard(draftId),
    },
    recent,
    watch: (path, known, onChange) => watchForExternalChanges(path, known, () => onChange()),
    dialogs,
    windows,
    print,
  })
  return { ...services, dispose: () => parser.close() }
}
