/**
 * Smoke test of the real Electron app (out/main/index.js) through Playwright's
 * `_electron`. It checks the glue that no other test can run: the app://
 * protocol, the sandboxed preload, the hardening, argv file opening.
 *
 * Runs wherever an Electron binary exists (ELECTRON_OVERRIDE_DIST_PATH, or
 * node_modules/electron with its downloaded dist/). Elsewhere it is skipped,
 * and says why. Build first (`npm run build`): it tests what ships.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { _electron as electron } from 'playwright-core'
import type { ElectronApplication, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serializeJourney } from '../../shared/format'
import { makeMap, makeProject } from '../../shared/model/factory'
import { findElectron } from './find-electron'

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const builtMain = join(repoRoot, 'out/main/index.js')

const found = findElectron()
const electronPath = 'path' in found ? found.path : null
if (!electronPath && 'reason' in found) {
  console.log(`Electron binary not available on this machine: ${found.reason}. Skipping test/electron.`)
}

describe.skipIf(electronPath === null)('Electron app smoke test', () => {
  const projectName = 'Smoke Test Checkout Journey'
  let workDir: string
  let projectPath: string
  let app: ElectronApplication
  let page: Page

  beforeAll(async () => {
    if (!existsSync(builtMain)) throw new Error(`${builtMain} is missing: run \`npm run build\` first`)
    workDir = mkdtempSync(join(tmpdir(), 'journeywall-smoke-'))
    projectPath = join(workDir, 'smoke-checkout.journey')
    const map = makeMap('Checkout', [{ name: 'Awareness' }, { name: 'Purchase' }], [{ kind: 'touchpoints', title: 'Touchpoints' }])
    writeFileSync(projectPath, serializeJourney(makeProject(projectName, map)))

    app = await electron.launch({
      executablePath: electronPath!,
      // The app folder (package.json → main: out/main/index.js), then a file
      // as a double-click would pass it: exercises argv opening.
      args: [repoRoot, projectPath],
      cwd: repoRoot,
      env: {
        ...process.env,
        // Own userData (Linux: $XDG_CONFIG_HOME/Journeywall): no drafts or recent
        // list from a real install, and no clash with its single-instance lock.
        XDG_CONFIG_HOME: join(workDir, 'config'),
        APPDATA: join(workDir, 'appdata'),
      },
      timeout: 60_000,
    })
    page = await app.firstWindow()
    await page.waitForLoadState('domcontentloaded')
  })

  afterAll(async () => {
    await app?.close().catch(() => undefined)
    if (workDir) rmSync(workDir, { recursive: true, force: true })
  })

  it('loads the renderer from app://journeywall/', () => {
    expect(page.url()).toMatch(/^app:\/\/journeywall\//)
  })

  it('exposes only window.journeywall to the page; no Node', async () => {
    const seen = await page.evaluate(() => {
      const bridge = (window as unknown as { journeywall?: Record<string, unknown> }).journeywall
      const g = globalThis as unknown as Record<string, unknown>
      return {
        bridge: typeof bridge,
        invoke: typeof bridge?.invoke,
        on: typeof bridge?.on,
        pathForFile: typeof bridge?.pathForFile,
        require: typeof g.require,
        process: typeof g.process,
        module: typeof g.module,
      }
    })
    expect(seen).toEqual({
      bridge: 'object',
      invoke: 'function',
      on: 'function',
      pathForFile: 'function',
      require: 'undefined',
      process: 'undefined',
      module: 'undefined',
    })
  })

  it('runs the window with contextIsolation and sandbox on', async () => {
    const seen = await app.evaluate(({ app: electronApp, BrowserWindow }) => {
      const contents = BrowserWindow.getAllWindows()[0]!.webContents
      // getLastWebPreferences is what Electron's own tests use; it is not in
      // electron.d.ts, so reach it defensively.
      const internal = contents as unknown as { getLastWebPreferences?: () => Record<string, unknown> }
      const p = internal.getLastWebPreferences?.() ?? null
      // Second witness: the OS-level sandbox flag of the renderer process (macOS/Windows only).
      const pid = contents.getOSProcessId()
      const metric = electronApp.getAppMetrics().find((m) => m.pid === pid)
      return {
        prefs: p && { contextIsolation: p.contextIsolation, sandbox: p.sandbox, nodeIntegration: p.nodeIntegration, webviewTag: p.webviewTag },
        processSandboxed: metric?.sandboxed ?? null,
      }
    })
    if (seen.prefs === null && seen.processSandboxed === null) {
      throw new Error('could not read the web preferences nor the process sandbox flag on this platform')
    }
    if (seen.prefs) expect(seen.prefs).toEqual({ contextIsolation: true, sandbox: true, nodeIntegration: false, webviewTag: false })
    if (seen.processSandboxed !== null) expect(seen.processSandboxed).toBe(true)
  })

  it('rejects unknown channels and malformed payloads', async () => {
    const result = await page.evaluate(async () => {
      const bridge = (window as unknown as { journeywall: { invoke(c: string, p: unknown): Promise<unknown> } }).journeywall
      const unknownChannel = await bridge.invoke('shell:openExternal', {}).then(() => 'resolved', (e: unknown) => String(e))
      const badPayload = await bridge.invoke('document:setDirty', { documentId: '../../etc/passwd', dirty: 'yes' }).then(
        () => 'resolved',
        (e: unknown) => String(e),
      )
      return { unknownChannel, badPayload }
    })
    expect(result.unknownChannel).toContain('unknown request channel')
    expect(result.badPayload).toContain('Rejected document:setDirty')
  })

  it('blocks navigation to an external URL', async () => {
    await page.evaluate(() => {
      window.location.href = 'https://example.com/'
    })
    await page.waitForTimeout(1000)
    expect(page.url()).toMatch(/^app:\/\/journeywall\//)
  })

  it('denies window.open', async () => {
    const opened = await page.evaluate(() => window.open('https://example.com/') === null)
    expect(opened).toBe(true)
    expect(app.windows()).toHaveLength(1)
  })

  it('denies permission requests', async () => {
    const permission = await page.evaluate(() => Notification.requestPermission())
    expect(permission).toBe('denied')
  })

  it('gives the page no network', async () => {
    const fromPage = await page.evaluate(() => fetch('https://example.com/').then(() => 'fetched', () => 'blocked'))
    expect(fromPage).toBe('blocked')
  })

  it('serves only out/renderer over app:// (no path traversal) with the CSP header', async () => {
    const result = await app.evaluate(async ({ net }) => {
      const index = await net.fetch('app://journeywall/index.html')
      const traversal = await net.fetch('app://journeywall/%2e%2e/%2e%2e/package.json')
      const encodedSlash = await net.fetch('app://journeywall/..%2f..%2fpackage.json')
      return {
        index: index.status,
        csp: index.headers.get('content-security-policy'),
        type: index.headers.get('content-type'),
        traversal: traversal.status,
        encodedSlash: encodedSlash.status,
      }
    })
    expect(result.index).toBe(200)
    expect(result.type).toContain('text/html')
    expect(result.csp).toContain("connect-src 'none'")
    expect(result.traversal).not.toBe(200)
    expect(result.encodedSlash).not.toBe(200)
  })

  it('opens the .journey file given on the command line', async () => {
    await expect
      .poll(() => page.evaluate(() => document.body.innerText), { timeout: 30_000 })
      .toContain(projectName)
    const title = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.getTitle())
    expect(title).toContain('smoke-checkout.journey')
  })
})
