/**
 * The desktop app itself under real Electron (Playwright's `_electron`): it
 * starts from the built layout and shows the start screen; quit → Cancel →
 * closing one window keeps the others; a window closed while loading raises no
 * main-process error; Cut/Copy/Paste accelerators are not registered; dev mode
 * works with `npm run dev`'s ELECTRON_RENDERER_URL and does not exist in a
 * packaged app. Each checks a rule written beside the glue in main/.
 *
 * Runs wherever an Electron binary exists; elsewhere it is skipped and says
 * why. Build first (`npm run build`): it tests what ships.
 */
import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, linkSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, extname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { _electron as electron } from 'playwright-core'
import type { ElectronApplication, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeMap, makeProject } from '../../shared/model/factory'
import { findElectron } from './find-electron'

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const builtRenderer = join(repoRoot, 'out/renderer')
const found = findElectron()
const electronPath = 'path' in found ? found.path : null
if (!electronPath && 'reason' in found) console.log(`Electron binary not available on this machine: ${found.reason}. Skipping test/electron/desktop.`)

const scratch: string[] = []
afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true })
})

function workDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'journeywall-desktop-'))
  scratch.push(dir)
  return dir
}

async function launch(opts: { executablePath?: string; env?: Record<string, string> } = {}): Promise<{ app: ElectronApplication; page: Page }> {
  const dir = workDir()
  const env: Record<string, string> = {}
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined && key !== 'ELECTRON_RENDERER_URL') env[key] = value
  const app = await electron.launch({
    executablePath: opts.executablePath ?? electronPath!,
    args: [repoRoot],
    cwd: repoRoot,
    // Own userData (and so its own single-instance lock, drafts, recent list).
    env: { ...env, XDG_CONFIG_HOME: join(dir, 'config'), APPDATA: join(dir, 'appdata'), ...opts.env },
    timeout: 60_000,
  })
  const page = await app.firstWindow()
  await page.waitForLoadState('domcontentloaded')
  return { app, page }
}

/** Serves out/renderer over http on 127.0.0.1 (a stand-in for Vite's dev server) and records every request. */
async function rendererServer(): Promise<{ origin: string; requests: string[]; close(): void }> {
  const requests: string[] = []
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.woff2': 'font/woff2', '.png': 'image/png', '.svg': 'image/svg+xml' }
  const server: Server = createServer((req, res) => {
    requests.push(req.url ?? '')
    const path = new URL(req.url ?? '/', 'http://x').pathname
    const file = resolve(builtRenderer, `.${path === '/' ? '/index.html' : decodeURIComponent(path)}`)
    if (!file.startsWith(builtRenderer) || !existsSync(file)) return void res.writeHead(404).end()
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file))
  })
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready))
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests, close: () => server.close() }
}

/** Window ids and whether each shows unsaved changes (• in the title; macOS: the close button's dot), from main. */
function windows(app: ElectronApplication): Promise<Array<{ id: number; unsaved: boolean }>> {
  return app.evaluate(({ BrowserWindow }) =>
    BrowserWindow.getAllWindows().map((w) => ({
      id: w.id,
      unsaved: process.platform === 'darwin' ? w.isDocumentEdited() : w.getTitle().startsWith('• '),
    })),
  )
}

describe.skipIf(electronPath === null)('Journeywall on the desktop', () => {
  describe('npm start: the built app', () => {
    let app: ElectronApplication
    let page: Page

    beforeAll(async () => {
      if (!existsSync(join(builtRenderer, 'index.html'))) throw new Error('out/ is missing: run `npm run build` first')
      ;({ app, page } = await launch())
    }, 90_000)
    afterAll(async () => {
      await app?.close().catch(() => undefined)
    })

    it('starts from the built layout and shows the start screen', async () => {
      expect(page.url()).toBe('app://journeywall/index.html')
      await page.locator('main.start').waitFor({ timeout: 30_000 })
      expect(await page.locator('[data-template]').count()).toBeGreaterThanOrEqual(4)
      expect(await app.evaluate(({ app: a }) => a.isPackaged)).toBe(false)
    })

    it('the launcher npm start uses finds this same binary', () => {
      const result = spawnSync(process.execPath, [join(repoRoot, 'scripts/electron-launcher.mjs'), 'check'], { encoding: 'utf8' })
      expect(result.status, result.stderr).toBe(0)
      expect(existsSync(result.stdout.trim())).toBe(true)
    })

    it.skipIf(process.platform === 'darwin')('Cut/Copy/Paste show their accelerators but do not register them', async () => {
      const edit = await app.evaluate(({ Menu }) =>
        Menu.getApplicationMenu()!
          .items.flatMap((item) => item.submenu?.items ?? [])
          .filter((item) => ['CmdOrCtrl+X', 'CmdOrCtrl+C', 'CmdOrCtrl+V'].includes(String(item.accelerator)))
          .map((item) => ({ accelerator: String(item.accelerator), registered: item.registerAccelerator })),
      )
      expect(edit).toEqual([
        { accelerator: 'CmdOrCtrl+X', registered: false },
        { accelerator: 'CmdOrCtrl+C', registered: false },
        { accelerator: 'CmdOrCtrl+V', registered: false },
      ])
    })

    it('quit → Cancel → closing one window keeps the others and the app', async () => {
      // Window 1: a new map with one note (unsaved). Windows 2 and 3: new projects.
      await page.click('[data-template="fiveStage"]')
      await page.getByTestId('board').waitFor()
      await page.getByRole('button', { name: 'Add note' }).click()
      await page.keyboard.type('Unsaved idea')
      await page.keyboard.press('Escape')
      await expect.poll(async () => (await windows(app)).some((w) => w.unsaved)).toBe(true)
      const project = makeProject('Second', makeMap('Map', [{ name: 'Stage' }], [{ kind: 'actions', title: 'Actions' }]))
      for (let i = 0; i < 2; i++) {
        const outcome = await page.evaluate(
          (p) => (window as unknown as { journeywall: { invoke(c: string, x: unknown): Promise<{ kind: string }> } }).journeywall.invoke('document:new', { project: p }),
          project,
        )
        expect(outcome.kind).toBe('opened-in-new-window')
      }
      await expect.poll(async () => (await windows(app)).length).toBe(3)
      const [dirty, second, third] = (await windows(app)).map((w) => w.id).sort((a, b) => a - b)

      // The unsaved-changes box answers Cancel (buttons: Save, Don't save, Cancel).
      await app.evaluate(({ app: a, dialog }) => {
        ;(globalThis as { asked?: number }).asked = 0
        dialog.showMessageBox = (async () => {
          ;(globalThis as { asked?: number }).asked! += 1
          return { response: 2, checkboxChecked: false }
        }) as typeof dialog.showMessageBox
        a.quit()
      })
      await expect.poll(() => app.evaluate(() => (globalThis as { asked?: number }).asked)).toBe(1)
      expect((await windows(app)).map((w) => w.id).sort((a, b) => a - b)).toEqual([dirty, second, third])

      // Seconds later the person closes one other window: only that one goes.
      await app.evaluate(({ BrowserWindow }, id) => BrowserWindow.fromId(id)!.close(), second!)
      await expect.poll(async () => (await windows(app)).length).toBe(2)
      await new Promise((r) => setTimeout(r, 1500))
      expect((await windows(app)).map((w) => w.id).sort((a, b) => a - b)).toEqual([dirty, third])
    })

    it('a window closed while it loads raises no main-process error', async () => {
      await app.evaluate(({ app: a }) => {
        const errors: string[] = ((globalThis as { mainErrors?: string[] }).mainErrors = [])
        process.on('uncaughtException', (e) => errors.push(String(e)))
        process.on('unhandledRejection', (e) => errors.push(String(e)))
        a.once('browser-window-created', (_event, win) => setImmediate(() => win.destroy()))
      })
      const before = (await windows(app)).length
      const project = makeProject('Closed early', makeMap('Map', [{ name: 'Stage' }], [{ kind: 'actions', title: 'Actions' }]))
      const target = app.windows().find((p) => !p.isClosed())!
      await target.evaluate(
        (p) => (window as unknown as { journeywall: { invoke(c: string, x: unknown): Promise<unknown> } }).journeywall.invoke('document:new', { project: p }),
        project,
      )
      await new Promise((r) => setTimeout(r, 2000))
      expect(await app.evaluate(() => (globalThis as { mainErrors?: string[] }).mainErrors)).toEqual([])
      expect((await windows(app)).length).toBe(before)
    })
  })

  describe('npm run dev: ELECTRON_RENDERER_URL', () => {
    it('an unpackaged app loads the renderer from that loopback server, and only that origin is opened up', async () => {
      const server = await rendererServer()
      const other = await rendererServer()
      const { app, page } = await launch({ env: { ELECTRON_RENDERER_URL: server.origin } })
      try {
        expect(page.url()).toBe(`${server.origin}/`)
        await page.locator('main.start').waitFor({ timeout: 30_000 })
        expect(server.requests).toContain('/')
        // The IPC sender check accepts the dev page.
        const recent = await page.evaluate(() =>
          (window as unknown as { journeywall: { invoke(c: string, x: unknown): Promise<unknown> } }).journeywall.invoke('recent:list', {}),
        )
        expect(Array.isArray(recent)).toBe(true)
        // The request filter still cancels any other origin, even on this machine.
        const blocked = await app.evaluate(({ net }, url) => net.fetch(url).then(() => 'fetched', () => 'blocked'), `${other.origin}/index.html`)
        expect(blocked).toBe('blocked')
        expect(other.requests).toEqual([])
      } finally {
        await app.close().catch(() => undefined)
        server.close()
        other.close()
      }
    }, 90_000)

    // macOS: the binary sits inside Electron.app; renaming it means re-signing the bundle.
    it.skipIf(process.platform === 'darwin')('a packaged app ignores it: app:// only, the dev origin gets no request', async () => {
      // Electron's app.isPackaged is true when the executable is not named
      // "electron" (lib/browser/api/app.ts). A hard link under another name,
      // beside links to the rest of the dist folder, is that — nothing copied.
      const dist = dirname(electronPath!)
      const packaged = workDir()
      for (const entry of readdirSync(dist)) {
        if (join(dist, entry) === electronPath) continue
        symlinkSync(join(dist, entry), join(packaged, entry))
      }
      const exe = join(packaged, process.platform === 'win32' ? 'journeywall.exe' : 'journeywall')
      try {
        linkSync(electronPath!, exe)
      } catch {
        copyFileSync(electronPath!, exe) // another file system: copy instead
      }
      const server = await rendererServer()
      const { app, page } = await launch({ executablePath: exe, env: { ELECTRON_RENDERER_URL: server.origin } })
      try {
        expect(await app.evaluate(({ app: a }) => a.isPackaged)).toBe(true)
        expect(page.url()).toBe('app://journeywall/index.html')
        await page.locator('main.start').waitFor({ timeout: 30_000 })
        const fetched = await app.evaluate(({ net }, url) => net.fetch(url).then(() => 'fetched', () => 'blocked'), `${server.origin}/index.html`)
        expect(fetched).toBe('blocked')
        expect(server.requests).toEqual([])
      } finally {
        await app.close().catch(() => undefined)
        server.close()
      }
    }, 90_000)
  })
})
