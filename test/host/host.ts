/**
 * The test host: the built renderer in Debian Chromium with the REAL main
 * services (main/handlers.ts + main/files) behind `window.journeywall`. Only the
 * transport differs from the app: Playwright bindings instead of Electron IPC.
 *
 * Every request the page makes is intercepted: the app's own files are served
 * from out/renderer, anything else is recorded and refused — the offline check.
 */
import { readFile } from 'node:fs/promises'
import { extname, join, normalize, resolve, sep } from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'
import type { EventChannel, EventMap, Locale } from '../../shared/api'
import { createAppServices, type AppServices } from '../../main/app-services'
import type { ExportDialogs, ExportKind, PdfOptions, Printer, WindowHost } from '../../main/ports'
import { exportFiles } from '../../main/print/export-files'
import { isRequestChannel, validateRequest } from '../../main/validate-request'
import { installBridge } from './bridge-script'
import { launchChromium, type LaunchedChromium } from './chromium'
import { ScriptedDialogs } from './scripted-dialogs'

export const APP_ORIGIN = 'http://journeywall.test'
/** The built renderer; JOURNEYWALL_OUT_DIR points tests at another build folder. */
const OUT_DIR = process.env.JOURNEYWALL_OUT_DIR ?? resolve(__dirname, '../../out')
export const RENDERER_DIR = resolve(OUT_DIR, 'renderer')
/** The parse worker of the same build: main parses files in it exactly as the app does. */
export const PARSE_WORKER_FILE = resolve(OUT_DIR, 'main', 'parse-worker.cjs')

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
}

export interface HostOptions {
  dataDir: string
  dialogs?: ScriptedDialogs
  viewport?: { width: number; height: number }
  /** The browser's own locale (navigator.language), e.g. 'fa-IR'. */
  browserLocale?: string
  /** Query string of every window, e.g. '?test=1' (test seams) or '?bench=1'; openWindow({ query }) overrides it. */
  windowQuery?: string
  /** Extra Chromium switches (the benchmark uncaps the frame rate). */
  chromiumArgs?: string[]
  /**
   * Test seam, never in the app: another parse worker script and time limit
   * (the deliberately slow worker of the time-limit test). Default: the
   * build's own worker and the app's 10 s limit.
   */
  parsing?: { workerFile?: string; timeLimitMs?: number }
}

export interface HostWindow {
  windowId: string
  page: Page
}

/** Export/import dialogs answered from a script (paths), like ScriptedDialogs. */
export class ScriptedExportDialogs implements ExportDialogs {
  exportAnswers: Array<string | null> = []
  importAnswers: Array<string | null> = []
  readonly asked: string[] = []
  async chooseExportLocation(_windowId: string, suggestedName: string, kind: ExportKind): Promise<string | null> {
    this.asked.push(`export:${kind}:${suggestedName}`)
    if (this.exportAnswers.length === 0) throw new Error('Test host: no scripted answer for the export dialog')
    return this.exportAnswers.shift() as string | null
  }
  async chooseImportFile(_windowId: string, kind: 'csv'): Promise<string | null> {
    this.asked.push(`import:${kind}`)
    if (this.importAnswers.length === 0) throw new Error('Test host: no scripted answer for the import dialog')
    return this.importAnswers.shift() as string | null
  }
}

export class TestHost {
  readonly dialogs: ScriptedDialogs
  /** The window port main uses (send events, titles…), as the Electron side would. */
  readonly windows: WindowHost
  /** Save/open dialogs of print, export and CSV import. */
  readonly exportDialogs = new ScriptedExportDialogs()
  /** Print jobs sent to the (pretend) system print dialog, and PDF timings (ms). */
  readonly printJobs: Array<{ windowId: string; page: PdfOptions['page'] }> = []
  readonly pdfTimings: number[] = []
  readonly services: AppServices
  /** Requests that left the app's own files — must stay empty. */
  readonly foreignRequests: string[] = []
  readonly titles = new Map<string, { title: string; dirty: boolean }>()
  readonly consoleErrors: string[] = []
  locale: Locale | null = null
  private readonly pages = new Map<string, Page>()
  private readonly pending = new Map<string, Promise<Page>>()
  private readonly windowOf = new WeakMap<Page, string>()
  private nextWindow = 1
  private readonly windowQuery: string

  private constructor(
    private readonly chromium: LaunchedChromium,
    private readonly context: BrowserContext,
    options: HostOptions,
  ) {
    this.dialogs = options.dialogs ?? new ScriptedDialogs()
    this.windowQuery = options.windowQuery ?? ''
    const windows: WindowHost = (this.windows = {
      createWindow: () => {
        const windowId = `w${this.nextWindow++}`
        this.pending.set(windowId, this.openPage(windowId, options.windowQuery))
        return windowId
      },
      focusWindow: () => {},
      closeWindow: (windowId) => {
        void this.pages.get(windowId)?.close()
        this.pages.delete(windowId)
      },
      send: <E extends EventChannel>(windowId: string, channel: E, payload: EventMap[E]) => {
        const page = this.pages.get(windowId)
        void page
          ?.evaluate(([c, p]) => (window as unknown as { __jwEmit(c: string, p: unknown): void }).__jwEmit(c, p), [
            channel,
            payload,
          ] as const)
          .catch(() => {})
      },
      setTitle: (windowId, title, dirty) => this.titles.set(windowId, { title, dirty }),
      setLocale: (locale) => {
        this.locale = locale
      },
    })
    // The same Chromium print engine as Electron's printToPDF: CSS @page sizes, backgrounds on.
    const printer: Printer = {
      toPdf: async (windowId) => {
        const page = await this.window(windowId)
        const started = performance.now()
        const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true })
        this.pdfTimings.push(performance.now() - started)
        return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength)
      },
      printWithDialog: async (windowId, { page }) => {
        this.printJobs.push({ windowId, page })
        return true
      },
    }
    this.services = createAppServices({
      dataDir: options.dataDir,
      dialogs: this.dialogs,
      windows,
      print: { printer, dialogs: this.exportDialogs, files: exportFiles },
      parsing: { workerFile: options.parsing?.workerFile ?? PARSE_WORKER_FILE, ...(options.parsing?.timeLimitMs ? { timeLimitMs: options.parsing.timeLimitMs } : {}) },
    })
  }

  static async start(options: HostOptions): Promise<TestHost> {
    const launched = await launchChromium(options.chromiumArgs)
    const context = await launched.browser.newContext({
      viewport: options.viewport ?? { width: 1280, height: 800 },
      locale: options.browserLocale ?? 'en-US',
    })
    const host = new TestHost(launched, context, options)
    await host.wire()
    return host
  }

  private async wire(): Promise<void> {
    await this.context.route('**/*', async (route) => {
      const url = route.request().url()
      if (!url.startsWith(`${APP_ORIGIN}/`)) {
        this.foreignRequests.push(url)
        return route.abort('blockedbyclient')
      }
      const relative = decodeURIComponent(new URL(url).pathname).replace(/^\/+/, '')
      const file = normalize(join(RENDERER_DIR, relative || 'index.html'))
      if (!file.startsWith(RENDERER_DIR + sep)) return route.fulfill({ status: 403 })
      try {
        const body = await readFile(file)
        return route.fulfill({ status: 200, body, contentType: MIME[extname(file)] ?? 'application/octet-stream' })
      } catch {
        return route.fulfill({ status: 404, body: 'not found' })
      }
    })
    await this.context.exposeBinding('__jwInvoke', async ({ page }, channel: unknown, payloadJson: unknown) => {
      const windowId = this.windowOf.get(page)
      if (!windowId) throw new Error('Request from a page that is not a Journeywall window')
      if (!isRequestChannel(channel)) throw new Error(`Unknown channel ${String(channel)}`)
      if (typeof payloadJson !== 'string') throw new Error('Malformed request')
      const handler = this.services.handlers[channel] as (ctx: { windowId: string }, p: unknown) => Promise<unknown>
      const answer = await handler({ windowId }, validateRequest(channel, JSON.parse(payloadJson)))
      return answer === undefined ? undefined : JSON.stringify(answer)
    })
    await this.context.addInitScript(installBridge)
  }

  private async openPage(windowId: string, query = ''): Promise<Page> {
    const page = await this.context.newPage()
    this.windowOf.set(page, windowId)
    this.pages.set(windowId, page)
    page.on('console', (msg) => {
      if (msg.type() === 'error') this.consoleErrors.push(msg.text())
    })
    page.on('pageerror', (err) => this.consoleErrors.push(String(err)))
    await page.goto(`${APP_ORIGIN}/index.html${query}`)
    return page
  }

  /** Open a new, empty app window (like launching the app) and wait for it to load. */
  async openWindow(options: { query?: string } = {}): Promise<HostWindow> {
    const windowId = `w${this.nextWindow++}`
    const page = await this.openPage(windowId, options.query ?? this.windowQuery)
    return { windowId, page }
  }

  /** A window the app opened itself (one window per project). */
  async window(windowId: string): Promise<Page> {
    const page = this.pages.get(windowId) ?? (await this.pending.get(windowId))
    if (!page) throw new Error(`No window ${windowId}`)
    return page
  }

  windowIds(): string[] {
    return [...this.pages.keys()]
  }

  /** Like pulling the plug: Chromium dies at once, nothing is saved or closed. */
  kill(): void {
    this.chromium.kill()
  }

  async close(): Promise<void> {
    await this.chromium.browser.close().catch(() => {})
    this.chromium.kill()
    await this.services.dispose()
  }
}

/** Make a throwaway folder for one test's files and app data. */
export async function tempDir(prefix = 'journeywall-'): Promise<string> {
  const { mkdtemp } = await import('node:fs/promises')
  const { tmpdir } = await import('node:os')
  return mkdtemp(join(tmpdir(), prefix))
}

/** Artifacts (screenshots) go to test/artifacts/, ignored by git. */
export const ARTIFACTS_DIR = resolve(__dirname, '../artifacts')
