/**
 * Project windows: one BrowserWindow per open project, created with
 * locked-down webPreferences, plus `WindowHost` (main/ports.ts) over them.
 */
import { BrowserWindow, app } from 'electron'
import { join } from 'node:path'
import type { EventChannel, EventMap, Locale } from '../shared/api'
import { IPC_PREFIX } from '../shared/channels'
import type { CloseDecision } from './handlers'
import type { WindowHost } from './ports'

/**
 * Paths resolve from the BUILT layout, not the sources: this code runs as
 * out/main/index.js, so `__dirname` is out/main and the preload electron-vite
 * emitted is out/preload/preload.cjs (inside app.asar once packaged, which
 * Electron reads transparently). A path relative to main/*.ts would not exist.
 * (Main is bundled as ESM — package.json "type": "module" — and electron-vite
 * defines `__dirname` there as `import.meta.dirname`.)
 */
export const PRELOAD_PATH = join(__dirname, '../preload/preload.cjs')

export interface ProjectWindowHooks {
  /** Asked when a window wants to close; it closes only on 'close'. */
  onClosing(windowId: string): Promise<CloseDecision>
  /** A window was closed for good (drop its document, refresh menus…). */
  onClosed?(windowId: string): void
  /** The UI language changed (WindowHost.setLocale): rebuild menus, dialogs follow. */
  onLocaleChanged?(locale: Locale): void
}

interface Entry {
  win: BrowserWindow
  /** Set once closing is approved, so our 'close' handler lets it through. */
  mayClose: boolean
  /** A close question is already on screen: don't ask twice. */
  asking: boolean
}

export class ProjectWindows implements WindowHost {
  private readonly entries = new Map<string, Entry>()
  private currentLocale: Locale = 'en'

  /**
   * @param startUrl the renderer's entry: app://journeywall/index.html, served
   *   by main/index.ts from out/renderer (or Vite's dev server in `npm run dev`,
   *   see main/renderer-origin.ts)
   */
  constructor(
    private readonly startUrl: string,
    private readonly hooks: ProjectWindowHooks,
  ) {}

  /**
   * Creates a project window and starts loading the app into it. What it shows
   * first is up to the services (they register it under the returned id before
   * the page can ask, via document:initial).
   */
  open(): BrowserWindow {
    const win = new BrowserWindow({
      width: 1280,
      height: 800,
      minWidth: 720,
      minHeight: 480,
      title: 'Journeywall',
      // Show once painted: no white flash on a projector.
      show: false,
      backgroundColor: '#f4f1ea',
      // Linux takes the window icon from here; macOS/Windows use the bundle's icon.
      ...(process.platform === 'linux' ? { icon: join(__dirname, '../../assets/icons/app.png') } : {}),
      webPreferences: {
        preload: PRELOAD_PATH,
        // Electron security checklist: the page must never reach Node or Electron internals.
        contextIsolation: true, // preload and page run in separate JS worlds
        sandbox: true, // OS sandbox for the renderer; preload gets only the sandbox polyfills
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true, // same-origin policy stays on
        allowRunningInsecureContent: false,
        experimentalFeatures: false,
        webviewTag: false, // no <webview>: it could load anything with its own preferences
        navigateOnDragDrop: false, // a file dropped outside the drop zone must not replace the app
        safeDialogs: true,
        // No `auxclick` events: a middle-click on a link can't even try to open a
        // window (setWindowOpenHandler denies it anyway). Middle-button panning
        // on the board uses pointerdown/pointermove, which stay available.
        disableBlinkFeatures: 'Auxclick',
        // Chromium's spell checker downloads Hunspell dictionaries on Windows and
        // Linux; the app is offline by rule, so only macOS (system checker) gets it.
        spellcheck: process.platform === 'darwin',
        // Developer tools while developing; a shipped build has no way to open them.
        devTools: !app.isPackaged,
      },
    })
    const windowId = String(win.id)
    const entry: Entry = { win, mayClose: false, asking: false }
    this.entries.set(windowId, entry)

    win.once('ready-to-show', () => win.show())
    // The title is ours (document name + dirty mark), not the page's <title>.
    win.on('page-title-updated', (event) => event.preventDefault())
    win.on('close', (event) => {
      if (entry.mayClose) return
      // Ask first (unsaved changes), then close for real if allowed.
      event.preventDefault()
      if (entry.asking) return
      entry.asking = true
      this.hooks
        .onClosing(windowId)
        .then((decision) => {
          entry.asking = false
          // 'save': the renderer saves, then closes the window itself (saveThenClose).
          if (decision === 'close') this.closeWindow(windowId)
        })
        .catch((error: unknown) => {
          entry.asking = false
          console.error('journeywall: close check failed; keeping the window open', error)
        })
    })
    win.on('closed', () => {
      this.entries.delete(windowId)
      this.hooks.onClosed?.(windowId)
    })

    // loadURL rejects when the load is aborted, e.g. the window was closed while
    // loading; unhandled, that would pop Electron's "A JavaScript error occurred
    // in the main process" box. Nothing to recover: log it.
    win.loadURL(this.startUrl).catch((error: unknown) => console.error('journeywall: a window did not finish loading the app', error))
    return win
  }

  // ---- lookup -------------------------------------------------------------

  /** True for windows this class created (used by the IPC sender check). */
  isProjectWindow(win: BrowserWindow): boolean {
    return this.entries.get(String(win.id))?.win === win
  }

  get(windowId: string | null): BrowserWindow | null {
    if (windowId === null) return null
    const win = this.entries.get(windowId)?.win
    return win && !win.isDestroyed() ? win : null
  }

  all(): BrowserWindow[] {
    return [...this.entries.values()].map((e) => e.win).filter((w) => !w.isDestroyed())
  }

  ids(): string[] {
    return [...this.entries.keys()]
  }

  focused(): BrowserWindow | null {
    const win = BrowserWindow.getFocusedWindow()
    return win && this.isProjectWindow(win) ? win : null
  }

  /** Let every window close without asking again (used once quit was approved). */
  allowAllToClose(): void {
    for (const entry of this.entries.values()) entry.mayClose = true
  }

  locale(): Locale {
    return this.currentLocale
  }

  // ---- WindowHost ---------------------------------------------------------

  createWindow(): string {
    // The id exists as soon as the BrowserWindow does; loadURL is asynchronous,
    // so the caller registers the window's document before its first request.
    return String(this.open().id)
  }

  focusWindow(windowId: string): void {
    const win = this.get(windowId)
    if (!win) return
    if (win.isMinimized()) win.restore()
    win.show()
    win.focus()
  }

  closeWindow(windowId: string): void {
    const entry = this.entries.get(windowId)
    if (!entry || entry.win.isDestroyed()) return
    entry.mayClose = true
    entry.win.close()
  }

  send<E extends EventChannel>(windowId: string, channel: E, payload: EventMap[E]): void {
    const win = this.get(windowId)
    // Same prefix and channel list as the preload's `on` (shared/channels.ts).
    if (win && !win.webContents.isDestroyed()) win.webContents.send(IPC_PREFIX + channel, payload)
  }

  setTitle(windowId: string, title: string, dirty: boolean): void {
    const win = this.get(windowId)
    if (!win) return
    if (process.platform === 'darwin') {
      // macOS marks unsaved documents with the dot in the close button.
      win.setTitle(title)
      win.setDocumentEdited(dirty)
    } else {
      win.setTitle(`${dirty ? '• ' : ''}${title} — Journeywall`)
    }
  }

  setLocale(locale: Locale): void {
    if (locale === this.currentLocale) return
    this.currentLocale = locale
    this.hooks.onLocaleChanged?.(locale)
  }
}
