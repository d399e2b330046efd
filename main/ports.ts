/**
 * What the handlers need from the outside world, as interfaces. The Electron app
 * implements them with native dialogs and BrowserWindows (main/dialogs.ts,
 * main/window.ts); the test host implements them with scripted answers and
 * browser pages. Handlers never know which.
 */
import type { EventChannel, EventMap, FileProblem, Locale } from '../shared/api'

export type UnsavedChoice = 'save' | 'discard' | 'cancel'
export type DiskConflictChoice = 'reload' | 'overwrite' | 'save-copy' | 'cancel'

export interface Dialogs {
  /** Ask for a `.journey` file to open; null when the user cancels. */
  chooseFileToOpen(windowId: string): Promise<string | null>
  /** Ask where to save; null when the user cancels. `suggestedName` has no folder. */
  chooseSaveLocation(windowId: string, suggestedName: string): Promise<string | null>
  /** "Save changes to X before closing?" */
  askUnsavedChanges(windowId: string, title: string): Promise<UnsavedChoice>
  /** The file changed on disk since we opened or saved it: what now? */
  askDiskConflict(windowId: string, fileName: string): Promise<DiskConflictChoice>
  /** Tell the user a file problem (used where there is no window content to show it in). */
  showProblem(windowId: string | null, problem: FileProblem): Promise<void>
}

export interface WindowHost {
  /**
   * Create a new project window and return its id at once (before its page has
   * loaded), so the caller can register what the window will show before the
   * window's first request can arrive.
   */
  createWindow(): string
  /** Bring the window with this id to the front. */
  focusWindow(windowId: string): void
  /** Close a window without asking again (the caller has already asked). */
  closeWindow(windowId: string): void
  /** Push an event to one window's renderer. */
  send<E extends EventChannel>(windowId: string, channel: E, payload: EventMap[E]): void
  /** Window title shown in the title bar / task bar. */
  setTitle(windowId: string, title: string, dirty: boolean): void
  /** Menus follow the UI language. */
  setLocale(locale: Locale): void
}

/** Who is calling: the window the request came from. */
export interface CallContext {
  windowId: string
}

/** Page size of a print job, in millimetres (every page of one job has this size). */
export interface PdfOptions {
  page: { widthMm: number; heightMm: number }
}

/**
 * Prints what a window shows (its print view, laid out with CSS `@page`
 * sizes). The app uses webContents.printToPDF / webContents.print
 * (main/print/electron-printer.ts); the test host uses Playwright's page.pdf
 * with the same Chromium engine.
 */
export interface Printer {
  /** A vector PDF of the window's print view, pages sized by its CSS `@page` rule. */
  toPdf(windowId: string, options: PdfOptions): Promise<Uint8Array>
  /** The system print dialog. True when the job was sent, false when the user canceled. */
  printWithDialog(windowId: string, options: PdfOptions): Promise<boolean>
}

export type ExportKind = 'pdf' | 'png' | 'svg' | 'csv'

/** Save/open dialogs for exports and imports (file-type filters differ from project files). */
export interface ExportDialogs {
  chooseExportLocation(windowId: string, suggestedName: string, kind: ExportKind): Promise<string | null>
  chooseImportFile(windowId: string, kind: 'csv'): Promise<string | null>
}

/** Plain file access for exports (main/print/export-files.ts). */
export interface ExportFiles {
  write(path: string, bytes: Uint8Array): Promise<void>
  /** Reads a file of at most `limit` bytes; larger files are refused (`size` says how large). */
  read(path: string, limit: number): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; message: string; size?: number }>
}

export interface PrintDeps {
  printer: Printer
  dialogs: ExportDialogs
  files: ExportFiles
}
