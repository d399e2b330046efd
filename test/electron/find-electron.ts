/**
 * Where test/electron finds Electron's binary: ELECTRON_OVERRIDE_DIST_PATH, or
 * node_modules/electron/dist once downloaded (npm start does that on first
 * run; see scripts/electron-launcher.mjs). Never through `require('electron')`,
 * which would start a download in the middle of a test run.
 */
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

/** Default binary location inside an Electron dist folder (what electron's path.txt would say). */
export function defaultExecutable(): string {
  if (process.platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron'
  if (process.platform === 'win32') return 'electron.exe'
  return 'electron'
}

/**
 * Finds the Electron binary WITHOUT `require('electron')`: that call starts a
 * download when the binary is missing, which must not happen in a test run.
 */
export function findElectron(): { path: string } | { reason: string } {
  let packageDir: string
  try {
    packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'))
  } catch {
    return { reason: 'the electron package is not installed' }
  }
  const pathFile = join(packageDir, 'path.txt')
  const relativeExe = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : defaultExecutable()
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH
  if (override) {
    const candidate = join(override, relativeExe)
    return existsSync(candidate) ? { path: candidate } : { reason: `ELECTRON_OVERRIDE_DIST_PATH is set but ${candidate} does not exist` }
  }
  if (!existsSync(pathFile)) return { reason: `${pathFile} is missing (the binary was never downloaded)` }
  const candidate = join(packageDir, 'dist', relativeExe)
  return existsSync(candidate) ? { path: candidate } : { reason: `${candidate} does not exist` }
}

