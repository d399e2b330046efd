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
