#!/usr/bin/env node
/**
 * `npm start` and `npm run dev`: make sure Electron's own binary is on this
 * machine, then run electron-vite.
 *
 *   node scripts/electron-launcher.mjs start   build once, then launch the built app
 *   node scripts/electron-launcher.mjs dev     dev server with hot reload
 *   node scripts/electron-launcher.mjs check   only find (or fetch) the binary; print its path
 *
 * Why this exists (checked against node_modules/electron and electron-vite 6):
 * - Since Electron 42 the `electron` npm package no longer downloads its binary
 *   at install time (no postinstall). It downloads on the first
 *   `require('electron')`, or through its `install-electron` bin
 *   (node_modules/electron/install.js), which exits at once when the binary of
 *   the right version is already in node_modules/electron/dist.
 * - electron-vite 6 never downloads: it reads node_modules/electron/path.txt
 *   and throws "Electron uninstall" when it is missing (electron-vite #904).
 *   It ignores ELECTRON_OVERRIDE_DIST_PATH; it honours ELECTRON_EXEC_PATH, so
 *   we hand it the binary we found through that variable.
 * - `electron-vite preview` builds first unless given `--skipBuild`, so
 *   `build && preview` built everything twice: we build once and preview with
 *   `--skipBuild`.
 * - install.js prints a stack trace when the download fails; a person who
 *   typed `npm start` needs one or two plain lines saying what to do.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const require = createRequire(import.meta.url)

/** What electron's path.txt says on each platform (same table as electron/install.js). */
function platformExecutable(platform = process.platform) {
  if (platform === 'darwin' || platform === 'mas') return 'Electron.app/Contents/MacOS/Electron'
  if (platform === 'win32') return 'electron.exe'
  return 'electron'
}

function readText(path) {
  try {
    return readFileSync(path, 'utf8').trim()
  } catch {
    return null
  }
}

/** A failure the user can act on: at most two lines, no stack trace. */
class LaunchProblem extends Error {}

function electronPackage() {
  let dir
  try {
    dir = dirname(require.resolve('electron/package.json'))
  } catch {
    throw new LaunchProblem('Journeywall: the electron package is missing from node_modules.\nRun `npm install` first, then `npm start`.')
  }
  const version = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version
  return { dir, version }
}

/** The binary named by the user's own overrides, if any (checked, never downloaded). */
function fromOverrides(pkg, env) {
  if (env.ELECTRON_EXEC_PATH) {
    if (existsSync(env.ELECTRON_EXEC_PATH)) return env.ELECTRON_EXEC_PATH
    throw new LaunchProblem(
      `Journeywall: ELECTRON_EXEC_PATH is set to ${env.ELECTRON_EXEC_PATH}, but there is no file there.\n` +
        'Point it at an Electron executable, or unset it to use (and if needed download) Electron from node_modules.',
    )
  }
  const override = env.ELECTRON_OVERRIDE_DIST_PATH
  if (override) {
    // Same lookup as electron/index.js: the override folder + what path.txt names.
    const exe = join(override, readText(join(pkg.dir, 'path.txt')) || platformExecutable())
    if (existsSync(exe)) return exe
    throw new LaunchProblem(
      `Journeywall: ELECTRON_OVERRIDE_DIST_PATH is set to ${override}, but it holds no Electron binary (${exe} is missing).\n` +
        `Point it at an unpacked Electron ${pkg.version} for ${process.platform}-${process.arch}, or unset it so npm start downloads Electron.`,
    )
  }
  return null
}

/** The binary in node_modules/electron/dist when it is there and of the right version. */
function installed(pkg) {
  if (readText(join(pkg.dir, 'dist', 'version'))?.replace(/^v/, '') !== pkg.version) return null
  const named = readText(join(pkg.dir, 'path.txt'))
  if (named) return existsSync(join(pkg.dir, 'dist', named)) ? join(pkg.dir, 'dist', named) : null
  // Unpacked by hand into dist/ (no path.txt): write path.txt as install.js
  // would, so electron-vite and require('electron') find it too.
  const exe = platformExecutable()
  if (!existsSync(join(pkg.dir, 'dist', exe))) return null
  writeFileSync(join(pkg.dir, 'path.txt'), exe)
  return join(pkg.dir, 'dist', exe)
}

/** Runs electron's own installer (install-electron); returns the first line of its error, or null. */
function download(pkg, env) {
  const server = env.ELECTRON_MIRROR || env.npm_config_electron_mirror || 'https://github.com/electron/electron/releases'
  console.log(`Journeywall: downloading Electron ${pkg.version} for ${process.platform}-${process.arch} (about 100 MB, only this once) from ${server}`)
  // fd 3 carries the installer's error message; the terminal keeps its progress bar.
  const result = spawnSync(process.execPath, ['--require', join(here, 'electron-install-errors.cjs'), join(pkg.dir, 'install.js')], {
    env,
    stdio: ['ignore', 'inherit', 'inherit', 'pipe'],
  })
  if (result.status === 0) return null
  const said = result.output?.[3]?.toString().trim() || result.error?.message || `the installer exited with ${result.status ?? result.signal}`
  return said.split('\n')[0]
}

/** Finds Electron's binary, downloading it when needed. Throws LaunchProblem with a plain message. */
export function ensureElectron(env = process.env) {
  const pkg = electronPackage()
  const chosen = fromOverrides(pkg, env)
  if (chosen) return chosen
  const present = installed(pkg)
  if (present) return present
  const failure = download(pkg, env)
  const after = installed(pkg)
  if (!failure && after) return after
  throw new LaunchProblem(
    `Journeywall: could not download Electron ${pkg.version} (${failure ?? 'the download left no binary behind'}).\n` +
      'Check the connection and run npm start again, or set ELECTRON_MIRROR to a mirror you can reach, ' +
      `or set ELECTRON_OVERRIDE_DIST_PATH to an unpacked Electron ${pkg.version} folder, or copy one into ${join(pkg.dir, 'dist')}.`,
  )
}

/** The electron-vite runs for each mode: `start` builds once, then previews without rebuilding. */
export const RUNS = {
  start: [['build'], ['preview', '--skipBuild']],
  dev: [['dev']],
}

function runElectronVite(args, env) {
  const pkgDir = dirname(require.resolve('electron-vite/package.json'))
  const result = spawnSync(process.execPath, [join(pkgDir, 'bin', 'electron-vite.js'), ...args], { env, stdio: 'inherit', cwd: resolve(here, '..') })
  return result.status ?? 1
}

function main() {
  const [mode = 'start', ...rest] = process.argv.slice(2)
  if (mode !== 'check' && !(mode in RUNS)) {
    console.error(`usage: node scripts/electron-launcher.mjs start|dev|check [-- electron arguments]`)
    return 2
  }
  let exe
  try {
    exe = ensureElectron()
  } catch (error) {
    if (!(error instanceof LaunchProblem)) throw error
    console.error(error.message)
    return 1
  }
  if (mode === 'check') {
    console.log(exe)
    return 0
  }
  // electron-vite reads ELECTRON_EXEC_PATH before path.txt.
  const env = { ...process.env, ELECTRON_EXEC_PATH: exe }
  const runs = RUNS[mode]
  for (const [index, args] of runs.entries()) {
    // Extra arguments (e.g. a .journey file) go to Electron, through the last run's `--`.
    const extra = rest[0] === '--' ? rest.slice(1) : rest
    const status = runElectronVite(index === runs.length - 1 && extra.length ? [...args, '--', ...extra] : args, env)
    if (status !== 0) return status
  }
  return 0
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main()
