/**
 * Wires the real file services (main/files) into the handlers. The Electron
 * app and the test host both build their services here, from a data folder
 * (Electron's userData in the app, a temp folder in tests).
 */
import { join } from 'node:path'
import { DraftStore, ProjectFiles, RecentFiles, watchForExternalChanges } from './files'
import { createMainServices, type MainServices } from './handlers'
import type { Dialogs, PrintDeps, WindowHost } from './ports'

export interface AppServicesOptions {
  dataDir: string
  dialogs: Dialogs
  windows: WindowHost
  /** Printer and export dialogs (Electron in the app, Playwright in the test host). */
  print?: PrintDeps
}

export function appDataPaths(dataDir: string) {
  return {
    drafts: join(dataDir, 'drafts'),
    backups: join(dataDir, 'backups'),
    recent: join(dataDir, 'recent.json'),
  }
}

export function createAppServices({ dataDir, dialogs, windows, print }: AppServicesOptions): MainServices {
  const paths = appDataPaths(dataDir)
  const files = new ProjectFiles({ backupsDir: paths.backups })
  const drafts = new DraftStore(paths.drafts)
  const recent = new RecentFiles(paths.recent)
  return createMainServices({
    files,
    drafts: {
      write: async (draftId, draft) => {
        await drafts.write(draftId, draft)
      },
      list: () => drafts.list(),
      read: async (draftId) => {
        const read = await drafts.read(draftId)
        return read.ok ? read.project : null
      },
      discard: (draftId) => drafts.discard(draftId),
    },
    recent,
    watch: (path, known, onChange) => watchForExternalChanges(path, known, () => onChange()),
    dialogs,
    windows,
    print,
  })
}
