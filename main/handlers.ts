/**
 * The JourneyApi handlers as a plain table — no electron import. main/ipc.ts
 * binds this table to ipcMain; test/host binds the very same table to a
 * Chromium page. Payloads arrive already validated against shared/api.ts.
 */
import { basename, extname } from 'node:path'
import type {
  DocumentInfo,
  DraftInfo,
  FileProblem,
  OpenOutcome,
  RecentEntry,
  RequestChannel,
  RequestOf,
  ResponseOf,
  SaveOutcome,
} from '../shared/api'
import type { Project } from '../shared/model'
import { DocumentRegistry, type FileStamp, type OpenDocument } from './documents'
import type { FileParser, ProjectText } from './files/parser'
import type { CallContext, Dialogs, PrintDeps, WindowHost } from './ports'
import { createPrintHandlers } from './print/handlers'

export type OpenFileResult =
  | { ok: true; project: ProjectText; repairs: string[]; stat: FileStamp }
  | { ok: false; problem: FileProblem }
export type SaveFileResult = { ok: true; stat: FileStamp } | { ok: false; problem: FileProblem }

/** The file services the handlers use (main/files implements them). */
export interface MainDeps {
  files: {
    open(path: string): Promise<OpenFileResult>
    save(path: string, project: Project): Promise<SaveFileResult>
    hasChangedOnDisk(path: string, known: FileStamp): Promise<boolean>
  }
  drafts: {
    write(draftId: string, draft: { title: string; displayPath: string | null; project: Project }): Promise<void>
    list(): Promise<DraftInfo[]>
    read(draftId: string): Promise<{ ok: true; project: ProjectText } | { ok: false; problem: FileProblem }>
    discard(draftId: string): Promise<void>
  }
  recent: {
    add(path: string): Promise<void>
    list(): Promise<RecentEntry[]>
    resolve(recentId: string): Promise<string | null>
    clear(): Promise<void>
  }
  watch(path: string, known: () => FileStamp | null, onChange: () => void): () => void
  /** Reads outside files off the main thread (CSV to import; later a second copy to merge). */
  parser?: Pick<FileParser, 'readCsv'>
  dialogs: Dialogs
  windows: WindowHost
  /** Printing and export; without it those requests answer with an error. */
  print?: PrintDeps
}

export type Handlers = {
  [C in RequestChannel]: (ctx: CallContext, payload: RequestOf<C>) => Promise<ResponseOf<C>>
}

/**
 * What a window's close check decided: `close` now (clean, or "Don't save"),
 * `cancel` (stay open), or `save` (the renderer saves, then closes the window
 * itself; see onSaveSettled for how that save ended).
 */
export type CloseDecision = 'close' | 'save' | 'cancel'

export interface MainServices {
  handlers: Handlers
  /** Open a file from argv, a second launch, macOS open-file or a drop; null window = new window. */
  openPath(path: string, windowId: string | null): Promise<OpenOutcome>
  /** A window is about to close: ask about unsaved changes. */
  onWindowClosing(windowId: string): Promise<CloseDecision>
  /**
   * Tells when a save that a close check handed to the renderer ("save")
   * has ended: saved, or not (Save As canceled, write failed…). The quit flow
   * resumes only after a completed save. Returns an unsubscribe function.
   */
  onSaveSettled(listener: (windowId: string, saved: boolean) => void): () => void
  documentForWindow(windowId: string): OpenDocument | undefined
  /** Documents with unsaved changes, for the quit prompt. */
  dirtyWindows(): string[]
}

export const JOURNEY_EXTENSION = '.journey'

function titleOf(doc: OpenDocument): string {
  return doc.path ? basename(doc.path) : doc.projectName || 'Untitled'
}

function wrongExtension(path: string): FileProblem {
  return {
    code: 'wrong-extension',
    fileName: basename(path),
    message: `“${basename(path)}” is not a Journeywall project. Journeywall opens files ending in ${JOURNEY_EXTENSION}.`,
  }
}

export function createMainServices(deps: MainDeps): MainServices {
  const { files, drafts, recent, dialogs, windows } = deps
  const docs = new DocumentRegistry()
  /** What a freshly created window shows once its renderer asks. */
  const initialByWindow = new Map<string, DocumentInfo>()
  /** Windows whose close check answered "save": their next save decides. */
  const savingToClose = new Set<string>()
  const saveSettledListeners = new Set<(windowId: string, saved: boolean) => void>()

  /** Reports how a save ended to whoever waits on it (the quit flow), then passes the outcome on. */
  async function settling(windowId: string, save: () => Promise<SaveOutcome>): Promise<SaveOutcome> {
    let saved = false
    try {
      const outcome = await save()
      saved = outcome.kind === 'saved'
      return outcome
    } finally {
      if (savingToClose.delete(windowId)) for (const listener of saveSettledListeners) listener(windowId, saved)
    }
  }

  function info(doc: OpenDocument, project: ProjectText, extra: Partial<DocumentInfo> = {}): DocumentInfo {
    return {
      documentId: doc.documentId,
      fileName: doc.path ? basename(doc.path) : null,
      displayPath: doc.path,
      projectJson: project.json,
      repairs: [],
      fromDraft: false,
      dirty: doc.dirty,
      ...extra,
    }
  }

  function startWatching(doc: OpenDocument): void {
    doc.stopWatching?.()
    if (!doc.path) return
    doc.stopWatching = deps.watch(
      doc.path,
      () => doc.knownStat,
      () => windows.send(doc.windowId, 'document:changedOnDisk', { documentId: doc.documentId }),
    )
  }

  /**
   * Put a new document in front of the user: in the asking window if it is
   * still empty, otherwise in a new window (one window per project).
   */
  function present(
    windowId: string | null,
    make: (windowId: string) => { doc: OpenDocument; info: DocumentInfo },
  ): OpenOutcome {
    if (windowId !== null && !docs.forWindow(windowId)) {
      const made = make(windowId)
      windows.setTitle(windowId, titleOf(made.doc), made.doc.dirty)
      return { kind: 'opened', doc: made.info }
    }
    const newWindow = windows.createWindow()
    const made = make(newWindow)
    initialByWindow.set(newWindow, made.info)
    windows.setTitle(newWindow, titleOf(made.doc), made.doc.dirty)
    return { kind: 'opened-in-new-window' }
  }

  async function openPath(path: string, windowId: string | null): Promise<OpenOutcome> {
    if (extname(path).toLowerCase() !== JOURNEY_EXTENSION) {
      const problem = wrongExtension(path)
      if (windowId === null) await dialogs.showProblem(null, problem)
      return { kind: 'error', problem }
    }
    const already = docs.forPath(path)
    if (already) {
      windows.focusWindow(already.windowId)
      return { kind: 'focused-existing' }
    }
    const read = await files.open(path)
    if (!read.ok) {
      if (windowId === null) await dialogs.showProblem(null, read.problem)
      return { kind: 'error', problem: read.problem }
    }
    await recent.add(path)
    return present(windowId, (win) => {
      const doc = docs.create({ windowId: win, path, knownStat: read.stat, dirty: false, projectName: read.project.name })
      startWatching(doc)
      return { doc, info: info(doc, read.project, { repairs: read.repairs }) }
    })
  }

  async function writeTo(doc: OpenDocument, path: string, project: Project): Promise<SaveOutcome> {
    const written = await files.save(path, project)
    if (!written.ok) return { kind: 'error', problem: written.problem }
    doc.path = path
    doc.knownStat = written.stat
    doc.dirty = false
    doc.projectName = project.name
    startWatching(doc)
    // The file now holds this content: the draft is no longer needed.
    await drafts.discard(doc.draftId)
    await recent.add(path)
    windows.setTitle(doc.windowId, titleOf(doc), false)
    return { kind: 'saved', fileName: basename(path), displayPath: path, documentId: doc.documentId }
  }

  async function saveAs(ctx: CallContext, doc: OpenDocument, project: Project): Promise<SaveOutcome> {
    const suggested = doc.path ? basename(doc.path) : `${project.name || 'Untitled'}${JOURNEY_EXTENSION}`
    let path = await dialogs.chooseSaveLocation(ctx.windowId, suggested)
    if (path === null) return { kind: 'canceled' }
    if (extname(path).toLowerCase() !== JOURNEY_EXTENSION) path += JOURNEY_EXTENSION
    const other = docs.forPath(path)
    if (other && other.documentId !== doc.documentId) {
      return {
        kind: 'error',
        problem: {
          code: 'write-failed',
          fileName: basename(path),
          message: `“${basename(path)}” is open in another window. Close it there first, or choose another name.`,
        },
      }
    }
    return writeTo(doc, path, project)
  }

  async function reload(doc: OpenDocument): Promise<OpenOutcome> {
    if (!doc.path) return { kind: 'canceled' }
    const read = await files.open(doc.path)
    if (!read.ok) return { kind: 'error', problem: read.problem }
    doc.knownStat = read.stat
    doc.dirty = false
    doc.projectName = read.project.name
    await drafts.discard(doc.draftId)
    windows.setTitle(doc.windowId, titleOf(doc), false)
    return { kind: 'opened', doc: info(doc, read.project, { repairs: read.repairs }) }
  }

  async function release(doc: OpenDocument): Promise<void> {
    await drafts.discard(doc.draftId)
    docs.remove(doc.documentId)
  }

  async function onWindowClosing(windowId: string): Promise<CloseDecision> {
    initialByWindow.delete(windowId)
    const doc = docs.forWindow(windowId)
    if (!doc) return 'close'
    if (doc.dirty) {
      const choice = await dialogs.askUnsavedChanges(windowId, titleOf(doc))
      if (choice === 'cancel') return 'cancel'
      if (choice === 'save') {
        // The renderer holds the content: it saves, then asks to close again.
        savingToClose.add(windowId)
        windows.send(windowId, 'menu:command', { command: 'saveThenClose' })
        return 'save'
      }
    }
    await release(doc)
    return 'close'
  }

  const handlers: Handlers = {
    'document:initial': async (ctx) => {
      const pending = initialByWindow.get(ctx.windowId)
      initialByWindow.delete(ctx.windowId)
      return pending ?? null
    },
    'document:new': async (ctx, { project }) =>
      present(ctx.windowId, (win) => {
        const doc = docs.create({ windowId: win, path: null, knownStat: null, dirty: false, projectName: project.name })
        return { doc, info: info(doc, { name: project.name, json: JSON.stringify(project) }) }
      }),
    'document:open': async (ctx) => {
      const path = await dialogs.chooseFileToOpen(ctx.windowId)
      return path === null ? { kind: 'canceled' } : openPath(path, ctx.windowId)
    },
    'document:openRecent': async (ctx, { recentId }) => {
      const path = await recent.resolve(recentId)
      if (path === null) {
        return {
          kind: 'error',
          problem: { code: 'not-found', message: 'That file is no longer where it was. It was removed from the recent list.' },
        }
      }
      return openPath(path, ctx.windowId)
    },
    'document:openDropped': async (ctx, { path }) => openPath(path, ctx.windowId),
    'document:save': async (ctx, { documentId, project }) =>
      settling(ctx.windowId, async () => {
        const doc = docs.owned(documentId, ctx.windowId)
        if (!doc.path) return saveAs(ctx, doc, project)
        if (doc.knownStat && (await files.hasChangedOnDisk(doc.path, doc.knownStat))) {
          const choice = await dialogs.askDiskConflict(ctx.windowId, basename(doc.path))
          if (choice === 'cancel') return { kind: 'canceled' }
          if (choice === 'save-copy') return saveAs(ctx, doc, project)
          if (choice === 'reload') {
            const reloaded = await reload(doc)
            if (reloaded.kind === 'opened') return { kind: 'reloaded', doc: reloaded.doc }
            if (reloaded.kind === 'error') return reloaded
            return { kind: 'canceled' }
          }
        }
        return writeTo(doc, doc.path, project)
      }),
    'document:saveAs': async (ctx, { documentId, project }) =>
      settling(ctx.windowId, () => saveAs(ctx, docs.owned(documentId, ctx.windowId), project)),
    'document:reload': async (ctx, { documentId }) => reload(docs.owned(documentId, ctx.windowId)),
    'document:close': async (ctx, { documentId }) => {
      docs.owned(documentId, ctx.windowId)
      const mayClose = (await onWindowClosing(ctx.windowId)) === 'close'
      if (mayClose) windows.closeWindow(ctx.windowId)
      return { closed: mayClose }
    },
    'document:setDirty': async (ctx, { documentId, dirty }) => {
      const doc = docs.owned(documentId, ctx.windowId)
      doc.dirty = dirty
      windows.setTitle(ctx.windowId, titleOf(doc), dirty)
    },
    'draft:write': async (ctx, { documentId, project }) => {
      const doc = docs.owned(documentId, ctx.windowId)
      doc.projectName = project.name
      await drafts.write(doc.draftId, { title: titleOf(doc), displayPath: doc.path, project })
    },
    'draft:list': async () => {
      // A live document's own draft is not a crash leftover.
      const live = docs.draftIdsInUse()
      return (await drafts.list()).filter((d) => !live.has(d.draftId))
    },
    'draft:restore': async (ctx, { draftId }) => {
      if (docs.draftIdsInUse().has(draftId)) return { kind: 'canceled' }
      const listed = (await drafts.list()).find((d) => d.draftId === draftId)
      const read = listed ? await drafts.read(draftId) : null
      if (!listed || !read) {
        return {
          kind: 'error',
          problem: { code: 'read-failed', message: 'That recovered draft could not be read. Nothing else was changed.' },
        }
      }
      // Too slow, damaged …: said as for any file; the draft stays, to try again or to discard.
      if (!read.ok) return { kind: 'error', problem: read.problem }
      const project = read.project
      const path = listed.displayPath
      return present(ctx.windowId, (win) => {
        // Keep the draft id: further edits keep updating the same draft until saved.
        const doc = docs.create({ windowId: win, path, knownStat: null, dirty: true, projectName: project.name, draftId })
        if (path) startWatching(doc)
        return { doc, info: info(doc, project, { fromDraft: true, dirty: true }) }
      })
    },
    'draft:discard': async (_ctx, { draftId }) => {
      if (!docs.draftIdsInUse().has(draftId)) await drafts.discard(draftId)
    },
    'recent:list': async () => recent.list(),
    'recent:clear': async () => recent.clear(),
    'app:setLocale': async (_ctx, { locale }) => windows.setLocale(locale),
    ...createPrintHandlers(deps.print, deps.parser),
  }

  return {
    handlers,
    openPath,
    onWindowClosing,
    onSaveSettled: (listener) => {
      saveSettledListeners.add(listener)
      return () => saveSettledListeners.delete(listener)
    },
    documentForWindow: (windowId) => docs.forWindow(windowId),
    dirtyWindows: () => docs.all().filter((d) => d.dirty).map((d) => d.windowId),
  }
}
