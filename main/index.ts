/**
 * Journeywall's main process: app lifecycle, the app:// protocol, hardening,
 * single instance, files from the OS (argv, second launch, macOS open-file),
 * one window per project, and the unsaved-changes check on quit.
 *
 * Every Electron rule this file relies on sits beside the code with its reason.
 * Sources: Electron docs "Security" (checklist), "Process Sandboxing",
 * api/protocol, api/app, api/session, api/web-contents.
 */
import { app, protocol, session } from 'electron'
import type { WebContents } from 'electron'
import { readFile, stat } from 'node:fs/promises'
import { extname, isAbsolute, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Locale } from '../shared/api'
import type { MenuCommand, RecentEntry, RequestChannel } from '../shared/api'
import { createElectronDialogs } from './dialogs'
import { createAppServices } from './app-services'
import { createElectronPrintDeps } from './print/electron-printer'
import type { MainServices } from './handlers'
import { bindIpc } from './ipc'
import { installMenu } from './menu'
import { createQuitFlow } from './quit-flow'
import type { QuitFlow } from './quit-flow'
import { APP_HOST, APP_SCHEME as SCHEME, CONTENT_SECURITY_POLICY, rendererOrigin } from './renderer-origin'
import { ProjectWindows } from './window'

const PROJECT_EXTENSION = '.journey'

/** Requests after which the Open Recent menu may be stale (not setDirty/draft: those are frequent). */
const CHANNELS_THAT_CHANGE_RECENT: ReadonlySet<RequestChannel> = new Set<RequestChannel>([
  'document:new',
  'document:open',
  'document:openRecent',
  'document:openDropped',
  'document:save',
  'document:saveAs',
  'recent:clear',
])

/** Built renderer files; resolved from out/main like the preload (see window.ts). */
const RENDERER_ROOT = join(__dirname, '../renderer')

/**
 * Where windows load the renderer from: the built files over app://, or — only
 * when not packaged and ELECTRON_RENDERER_URL names a loopback dev server
 * (`npm run dev`) — Vite's dev server, with the request filter and the IPC
 * sender check relaxed for that one origin (main/renderer-origin.ts).
 */
const ORIGIN = rendererOrigin({ isPackaged: app.isPackaged, devServerUrl: process.env.ELECTRON_RENDERER_URL })
if (process.env.ELECTRON_RENDERER_URL && !ORIGIN.devServer) {
  console.warn(`journeywall: ignoring ELECTRON_RENDERER_URL (${app.isPackaged ? 'packaged app' : 'not a loopback http(s) URL'})`)
}

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
}

// ---------------------------------------------------------------------------
// Before `ready`: things Electron only accepts this early.
// This bundle is ESM ("type": "module"). Electron waits for the entry module
// (static imports + its synchronous body) before emitting `ready`, but not for
// un-awaited dynamic imports (docs, tutorial/esm "You must use await generously
// before the app's ready event"): so everything below runs synchronously here,
// with no dynamic import in front of it.
// ---------------------------------------------------------------------------

// Privileged schemes can only be registered before `ready` (api/protocol):
// - standard: relative URLs, a real origin (app://journeywall) for 'self' in the CSP,
//   and web storage, which non-standard schemes don't get;
// - secure: counts as a secure context, like https (crypto.subtle, no mixed-content rules);
// - supportFetchAPI: the page may fetch() its own bundled files (templates, fonts);
// - codeCache: V8 code cache for our scripts (needs `standard` too) — faster start.
// Deliberately NOT bypassCSP, corsEnabled, allowServiceWorkers or stream.
protocol.registerSchemesAsPrivileged([
  { scheme: SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
])

// Every renderer sandboxed, whatever a future window forgets to set ("Process
// Sandboxing": app.enableSandbox must be called before ready).
app.enableSandbox()

// One running instance: a second launch (double-clicking another .journey file)
// hands its argv to us via 'second-instance' and exits (api/app, requestSingleInstanceLock).
const isPrimaryInstance = app.requestSingleInstanceLock()
if (!isPrimaryInstance) {
  app.quit()
} else {
  start()
}

function start(): void {
  let services: MainServices | null = null
  /** Set once ready: keep a window on screen and the Open Recent menu fresh. */
  let afterOpen: () => void = () => {}
  /** Paths the OS gave us before the services existed (macOS open-file, argv). */
  const pendingPaths: string[] = journeyPathsFrom(process.argv, process.cwd())

  // macOS delivers double-clicked files as 'open-file', and for a cold start it
  // fires BEFORE 'ready' (api/app: "open-file"; listen at least by
  // 'will-finish-launching'). Registered synchronously here, so nothing is lost:
  // queue until the services exist. preventDefault says we handle it.
  app.on('open-file', (event, path) => {
    event.preventDefault()
    if (services) void openFromOs(services, path)
    else pendingPaths.push(path)
  })

  // All hardening of every webContents (windows, print windows, devtools) in one place.
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents))

  app.whenReady().then(async () => {
    hardenSession()
    protocol.handle(SCHEME, serveRenderer)

    const windows = new ProjectWindows(ORIGIN.startUrl, {
      onClosing: (windowId) => (services ? services.onWindowClosing(windowId) : Promise.resolve('close' as const)),
      onClosed: (windowId) => quitRef?.windowClosed(windowId),
      onLocaleChanged: () => void refreshMenu(),
    })
    windows.setLocale(supportedLocale(app.getLocale()))
    const dialogs = createElectronDialogs({ windowFor: (id) => windows.get(id), locale: () => windows.locale() })
    // userData (e.g. ~/.config/Journeywall) holds drafts, recent list and backups:
    // never beside the user's file, which may sit in an e-mail attachments folder.
    const dataDir = app.getPath('userData')
    const print = createElectronPrintDeps({ windowFor: (id) => windows.get(id), locale: () => windows.locale() })
    const ready = createAppServices({ dataDir, dialogs, windows, print })
    services = ready

    bindIpc({
      handlers: ready.handlers,
      isProjectWindow: (win) => windows.isProjectWindow(win),
      isAppPage: (url) => ORIGIN.isAppPage(url),
      afterCall: (channel) => {
        if (CHANNELS_THAT_CHANGE_RECENT.has(channel)) void refreshMenu()
      },
    })

    const quit = createQuitFlow({
      windowIds: () => windows.ids(),
      dirtyWindowIds: () => ready.dirtyWindows(),
      focusWindow: (id) => windows.focusWindow(id),
      closeCheck: (id) => ready.onWindowClosing(id),
      closeWindow: (id) => windows.closeWindow(id),
      allowAllToClose: () => windows.allowAllToClose(),
      quit: () => app.quit(),
      now: () => Date.now(),
      log: (message, error) => console.error(message, error),
    })
    ready.onSaveSettled((windowId, saved) => quit.saveSettled(windowId, saved))
    quitRef = quit
    afterOpen = () => {
      // A file that failed to open must not leave the app with no window at all.
      if (windows.all().length === 0) windows.createWindow()
      void refreshMenu()
    }

    /** Rebuilds the native menu (locale, Open Recent). */
    async function refreshMenu(): Promise<void> {
      const recent: RecentEntry[] = await ready.handlers['recent:list']({ windowId: '' }, {}).catch(() => [])
      installMenu(
        { locale: windows.locale(), recent, devTools: !app.isPackaged },
        {
          focusedWindow: () => windows.focused(),
          sendCommand: (win, command: MenuCommand) => windows.send(String(win.id), 'menu:command', { command }),
          newWindow: () => void windows.createWindow(),
          openWithoutWindow: () => {
            void dialogs.chooseFileToOpen('').then((path) => (path ? openFromOs(ready, path) : undefined))
          },
          openRecent: (entry, from) => void openRecentFromMenu(entry.displayPath, from ? String(from.id) : null),
          clearRecent: () => void ready.handlers['recent:clear']({ windowId: '' }, {}).then(refreshMenu),
        },
      )
    }
    /**
     * Open Recent from the native menu: the renderer did not ask, so when the
     * file lands in its (empty) window it must be told, and a problem shown.
     */
    async function openRecentFromMenu(path: string, windowId: string | null): Promise<void> {
      try {
        const outcome = await ready.openPath(path, windowId)
        if (windowId !== null && outcome.kind === 'opened') windows.send(windowId, 'document:opened', { doc: outcome.doc })
        if (windowId !== null && outcome.kind === 'error') await dialogs.showProblem(windowId, outcome.problem)
      } catch (error) {
        console.error('journeywall: could not open', path, error)
      }
      afterOpen()
    }
    // A later launch with files: open them here (one window per project; an
    // already-open file just gets its window focused by openPath). Registered
    // before any await: Electron emits it only after 'ready', and none may be missed.
    app.on('second-instance', (_event, argv, workingDirectory) => {
      const paths = journeyPathsFrom(argv, workingDirectory)
      if (paths.length === 0) focusAnyWindow(windows)
      for (const path of paths) void openFromOs(ready, path)
    })

    await refreshMenu()
    app.setAboutPanelOptions({ applicationName: 'Journeywall', applicationVersion: app.getVersion() })

    // First start: files from argv (Windows/Linux double-click) and queued open-file.
    const initial = pendingPaths.splice(0)
    for (const path of initial) await openFromOs(ready, path)
    if (windows.all().length === 0) windows.createWindow()

    // macOS: clicking the dock icon with no window open shows one.
    app.on('activate', () => {
      if (windows.all().length === 0) windows.createWindow()
    })
  }).catch((error: unknown) => {
    console.error('journeywall: startup failed', error)
    app.exit(1)
  })

  // Windows/Linux: the app ends with its last window; macOS apps stay in the dock.
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })

  // Quitting asks each window with unsaved changes first (main/quit-flow.ts).
  // Before the services exist there is nothing unsaved: quit at once.
  app.on('before-quit', (event) => quitRef?.beforeQuit(event))

  /** Opens a file the OS or the menu gave us; null window = a new window (one per project). */
  async function openFromOs(svc: MainServices, path: string, windowId: string | null = null): Promise<void> {
    try {
      await svc.openPath(path, windowId)
    } catch (error) {
      console.error('journeywall: could not open', path, error)
    }
    afterOpen()
  }
}

/** Set once ready; the 'before-quit' and window-closed hooks reach the quit flow through it. */
let quitRef: QuitFlow | null = null

// ---------------------------------------------------------------------------
// Hardening
// ---------------------------------------------------------------------------

function hardenWebContents(contents: WebContents): void {
  // The app is one page: no navigation anywhere, ever ("Security" checklist 13).
  // A link or a dropped file would otherwise replace the app with a foreign page.
  contents.on('will-navigate', (event) => event.preventDefault())
  // Subframes too (will-navigate only covers the main frame).
  contents.on('will-frame-navigate', (event) => event.preventDefault())
  contents.on('will-redirect', (event) => event.preventDefault())
  // No new windows from the page ("Security" checklist 14); window.open returns null.
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
  // No <webview>, whatever its options (checklist 12); webviewTag is off anyway.
  contents.on('will-attach-webview', (event) => event.preventDefault())
}

function hardenSession(): void {
  const ses = session.defaultSession
  // Electron grants permission requests by default (checklist 5): deny them all.
  // The app needs none: no camera, notifications, geolocation, MIDI, HID…
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  ses.setPermissionCheckHandler(() => false)
  ses.setDevicePermissionHandler(() => false)
  // No network, ever: only our own app:// files, devtools, and data:/blob:
  // in-page images (CSP img-src), which never leave the machine. In `npm run
  // dev` also the dev server's origin (main/renderer-origin.ts).
  ses.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !ORIGIN.isAllowedRequest(details.url) })
  })
}

// ---------------------------------------------------------------------------
// app:// — serves out/renderer and nothing else.
// ---------------------------------------------------------------------------

async function serveRenderer(request: Request): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed')
  let url: URL
  try {
    url = new URL(request.url)
  } catch {
    return plain(400, 'Bad request')
  }
  if (url.host !== APP_HOST) return plain(404, 'Not found')

  let pathname: string
  try {
    pathname = decodeURIComponent(url.pathname)
  } catch {
    return plain(400, 'Bad request')
  }
  if (pathname.includes('\0')) return plain(400, 'Bad request')
  if (pathname === '/' || pathname === '') pathname = '/index.html'

  // Path traversal refused: whatever the URL says ("..", encoded "%2e%2e",
  // backslashes on Windows), the resolved file must lie inside out/renderer.
  const filePath = resolve(RENDERER_ROOT, `.${pathname}`)
  const inside = relative(RENDERER_ROOT, filePath)
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return plain(403, 'Forbidden')

  const type = MIME_TYPES[extname(filePath).toLowerCase()]
  if (!type) return plain(404, 'Not found')
  try {
    const info = await stat(filePath)
    if (!info.isFile()) return plain(404, 'Not found')
    const body = request.method === 'HEAD' ? null : new Uint8Array(await readFile(filePath))
    return new Response(body, { status: 200, headers: securityHeaders(type) })
  } catch {
    return plain(404, 'Not found')
  }
}

function securityHeaders(contentType: string): Record<string, string> {
  return {
    'content-type': contentType,
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'cross-origin-opener-policy': 'same-origin',
    'cache-control': 'no-cache',
  }
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: securityHeaders('text/plain; charset=utf-8') })
}

// ---------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------

/**
 * `.journey` files named on a command line. argv[0] is the executable; Chromium
 * may append switches (e.g. --original-process-start-time), so skip anything
 * starting with "-". Linux desktop files may pass file:// URLs (%U).
 */
function journeyPathsFrom(argv: readonly string[], workingDirectory: string): string[] {
  const paths: string[] = []
  for (const arg of argv.slice(1)) {
    if (arg.startsWith('-')) continue
    let path = arg
    if (arg.startsWith('file://')) {
      try {
        path = fileURLToPath(arg)
      } catch {
        continue
      }
    }
    if (path.toLowerCase().endsWith(PROJECT_EXTENSION)) paths.push(resolve(workingDirectory, path))
  }
  return paths
}

/** The OS language if we speak it ("fa-IR" → "fa", "zh-Hans-CN" → "zh"), else English. */
function supportedLocale(osLocale: string): Locale {
  const parsed = Locale.safeParse(osLocale.toLowerCase().split(/[-_]/)[0])
  return parsed.success ? parsed.data : 'en'
}

function focusAnyWindow(windows: ProjectWindows): void {
  const win = windows.focused() ?? windows.all()[0]
  if (win) windows.focusWindow(String(win.id))
  else windows.createWindow()
}
