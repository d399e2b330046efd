/**
 * `npm start` / `npm run dev` go through scripts/electron-launcher.mjs: it
 * finds Electron's binary (downloading it on first start, since Electron 42
 * no longer does that at install), then runs electron-vite. These tests run
 * the real script as a child process, offline: a fake "electron" stands in
 * for the binary, a folder with no binary stands in for a fresh clone, and
 * the download goes to a mirror on 127.0.0.1 that has nothing.
 */
import { spawn } from 'node:child_process'
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..')
const launcher = join(repoRoot, 'scripts/electron-launcher.mjs')
const electronVersion = (JSON.parse(readFileSync(join(repoRoot, 'node_modules/electron/package.json'), 'utf8')) as { version: string }).version
const scratch: string[] = []

afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true })
})

function tempDir(prefix: string, parent = tmpdir()): string {
  mkdirSync(parent, { recursive: true })
  const dir = mkdtempSync(join(parent, prefix))
  scratch.push(dir)
  return dir
}

/** The environment without any Electron download/override settings of this machine or of npm. */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {}
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(electron_|npm_config_electron|npm_package_config_electron)/i.test(key)) continue
    env[key] = value
  }
  return { ...env, ELECTRON_GET_NO_PROGRESS: '1', ...extra }
}

function run(script: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [script, ...args], { env, cwd: repoRoot })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('error', fail)
    child.on('close', (code) => done({ code, stdout, stderr }))
  })
}

/** What a person sees when it fails: one or two plain lines, no stack trace. */
function expectPlainMessage(stderr: string): string[] {
  const lines = stderr.trim().split('\n')
  expect(lines.length).toBeGreaterThanOrEqual(1)
  expect(lines.length).toBeLessThanOrEqual(2)
  expect(stderr).not.toMatch(/^\s+at /m)
  expect(stderr).not.toMatch(/node:internal|\.js:\d+:\d+/)
  return lines
}

// Linux only: the fake binaries below use Linux's executable name ("electron").
describe.skipIf(process.platform !== 'linux')('npm start (scripts/electron-launcher.mjs)', () => {
  it('is what npm start and npm run dev run', () => {
    const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
    expect(pkg.scripts.start).toBe('node scripts/electron-launcher.mjs start')
    expect(pkg.scripts.dev).toBe('node scripts/electron-launcher.mjs dev')
  })

  it('builds once, then launches Electron on the built app with the arguments given', async () => {
    const dir = tempDir('jw-start-')
    const fakeDist = join(dir, 'electron-dist')
    mkdirSync(fakeDist)
    const record = join(dir, 'launched.json')
    // Stands in for Electron: records how electron-vite started it.
    writeFileSync(
      join(fakeDist, 'electron'),
      `#!${process.execPath}\nrequire('node:fs').writeFileSync(${JSON.stringify(record)}, JSON.stringify({ args: process.argv.slice(2), rendererUrl: process.env.ELECTRON_RENDERER_URL ?? null }))\n`,
    )
    chmodSync(join(fakeDist, 'electron'), 0o755)
    const outDir = join(dir, 'out')
    const result = await run(launcher, ['start', '--', 'Checkout.journey'], {
      ...cleanEnv({ ELECTRON_OVERRIDE_DIST_PATH: fakeDist, JOURNEYWALL_OUT_DIR: outDir, ELECTRON_ENTRY: join(outDir, 'main/index.js') }),
      NO_COLOR: '1',
    })
    expect(result.code, result.stderr).toBe(0)
    // main, preload, renderer: each built exactly once (preview runs with --skipBuild).
    expect(result.stdout.match(/built in/g)).toHaveLength(3)
    expect(existsSync(join(outDir, 'main/index.js'))).toBe(true)
    expect(existsSync(join(outDir, 'renderer/index.html'))).toBe(true)
    const launched = JSON.parse(readFileSync(record, 'utf8')) as { args: string[]; rendererUrl: string | null }
    expect(launched.args).toEqual([join(outDir, 'main/index.js'), 'Checkout.journey'])
    // Preview loads the built renderer, never a dev server.
    expect(launched.rendererUrl).toBeNull()
  }, 120_000)

  it('says in plain words what to do when ELECTRON_OVERRIDE_DIST_PATH is an empty folder', async () => {
    const empty = tempDir('jw-no-electron-')
    const result = await run(launcher, ['check'], cleanEnv({ ELECTRON_OVERRIDE_DIST_PATH: empty }))
    expect(result.code).toBe(1)
    const lines = expectPlainMessage(result.stderr)
    expect(lines[0]).toContain('ELECTRON_OVERRIDE_DIST_PATH')
    expect(lines[0]).toContain(empty)
    expect(lines.join(' ')).toContain(`Electron ${electronVersion}`)
  })

  describe('on a fresh clone (no binary yet) when the download fails', () => {
    // A copy of the launcher next to a copy of the electron package without
    // dist/ or path.txt: exactly what `npm install` leaves since Electron 42.
    // Inside the repository, so install.js still finds @electron/get above it.
    const clone = tempDir('launcher-', join(repoRoot, 'test/artifacts'))
    mkdirSync(join(clone, 'scripts'))
    for (const file of ['electron-launcher.mjs', 'electron-install-errors.cjs']) copyFileSync(join(repoRoot, 'scripts', file), join(clone, 'scripts', file))
    const electronCopy = join(clone, 'node_modules/electron')
    mkdirSync(electronCopy, { recursive: true })
    for (const file of ['package.json', 'install.js', 'checksums.json', 'index.js']) copyFileSync(join(repoRoot, 'node_modules/electron', file), join(electronCopy, file))

    it('names ELECTRON_MIRROR, ELECTRON_OVERRIDE_DIST_PATH and copying a binary, in two lines without a stack trace', async () => {
      const requested: string[] = []
      // The "mirror": answers 404 to everything (nothing leaves 127.0.0.1).
      const mirror = createServer((req, res) => {
        requested.push(req.url ?? '')
        res.writeHead(404).end()
      })
      await new Promise<void>((ready) => mirror.listen(0, '127.0.0.1', ready))
      try {
        const { port } = mirror.address() as AddressInfo
        const result = await run(
          join(clone, 'scripts/electron-launcher.mjs'),
          ['check'],
          cleanEnv({ ELECTRON_MIRROR: `http://127.0.0.1:${port}/`, electron_config_cache: tempDir('jw-electron-cache-') }),
        )
        expect(result.code).toBe(1)
        expect(result.stdout).toContain(`downloading Electron ${electronVersion}`)
        const lines = expectPlainMessage(result.stderr)
        expect(lines).toHaveLength(2)
        expect(lines[0]).toContain(`could not download Electron ${electronVersion}`)
        expect(lines[0]).toContain('404')
        expect(lines[1]).toContain('ELECTRON_MIRROR')
        expect(lines[1]).toContain('ELECTRON_OVERRIDE_DIST_PATH')
        expect(lines[1]).toMatch(/copy one into .*node_modules[\\/]electron[\\/]dist/)
        // It really asked the mirror for this version's zip.
        expect(requested.some((url) => url.includes(`electron-v${electronVersion}-`))).toBe(true)
        expect(existsSync(join(electronCopy, 'path.txt'))).toBe(false)
      } finally {
        mirror.close()
      }
    })

    it('uses a binary unpacked by hand into node_modules/electron/dist and writes path.txt for electron-vite', async () => {
      const dist = join(electronCopy, 'dist')
      mkdirSync(dist, { recursive: true })
      writeFileSync(join(dist, 'version'), electronVersion)
      writeFileSync(join(dist, 'electron'), '')
      const result = await run(join(clone, 'scripts/electron-launcher.mjs'), ['check'], cleanEnv({ ELECTRON_MIRROR: 'http://127.0.0.1:9/' }))
      expect(result.code, result.stderr).toBe(0)
      expect(result.stdout.trim()).toBe(join(dist, 'electron'))
      expect(readFileSync(join(electronCopy, 'path.txt'), 'utf8')).toBe('electron')
    })
  })
})
