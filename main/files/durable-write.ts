/**
 * Replacing a file so that a crash or power cut at any moment leaves either the
 * old content or the new one, never a mix: write a temp file in the same folder
 * (rename is only atomic within one file system), fsync it, rename it over the
 * target, then fsync the folder so the rename itself is on disk.
 */
import { randomBytes } from 'node:crypto'
import { constants as fsConstants, promises as fs } from 'node:fs'
import path from 'node:path'
import { errnoOf } from './file-problems'

const TEMP_SUFFIX = '.tmp'
const RANDOM_PART = /^[0-9a-f]{12}$/

export function tempPathFor(target: string): string {
  const random = randomBytes(6).toString('hex')
  return path.join(path.dirname(target), `.${path.basename(target)}.${random}${TEMP_SUFFIX}`)
}

/** Only names this module could have made: a stranger's `.x.journey.backup.tmp` is left alone. */
export function isTempOf(target: string, candidateName: string): boolean {
  const prefix = `.${path.basename(target)}.`
  if (!candidateName.startsWith(prefix) || !candidateName.endsWith(TEMP_SUFFIX)) return false
  return RANDOM_PART.test(candidateName.slice(prefix.length, -TEMP_SUFFIX.length))
}

/** Temp files a crash left beside `target`. */
export async function listLeftoverTemps(target: string): Promise<string[]> {
  const folder = path.dirname(target)
  let names: string[]
  try {
    names = await fs.readdir(folder)
  } catch {
    return []
  }
  return names.filter((name) => isTempOf(target, name)).map((name) => path.join(folder, name))
}

/**
 * Best effort: a leftover we cannot delete is harmless, so a failure here must
 * never turn an open or a save into an error.
 */
export async function removeLeftoverTemps(target: string): Promise<void> {
  const leftovers = await listLeftoverTemps(target)
  await Promise.all(leftovers.map((leftover) => fs.rm(leftover, { force: true }).catch(() => undefined)))
}

/** Errors from fsync on a folder that mean "this platform cannot do that", not "it failed". */
const FOLDER_SYNC_UNSUPPORTED = new Set([
  'EISDIR', // Windows: a folder cannot be opened as a file at all
  'EPERM', // Windows and some network file systems refuse to open a folder for syncing
  'EINVAL', // some file systems (e.g. certain FUSE/SMB mounts) reject fsync on a folder
])

export async function fsyncFolder(folder: string): Promise<void> {
  let handle: fs.FileHandle | undefined
  try {
    handle = await fs.open(folder, 'r')
    await handle.sync()
  } catch (error) {
    if (FOLDER_SYNC_UNSUPPORTED.has(errnoOf(error) ?? '')) return
    throw error
  } finally {
    await handle?.close().catch(() => undefined)
  }
}

/** Windows briefly locks files that a virus scanner or indexer is looking at. */
async function renameWithRetry(from: string, to: string): Promise<void> {
  const attempts = process.platform === 'win32' ? 10 : 1
  for (let attempt = 1; ; attempt++) {
    try {
      await fs.rename(from, to)
      return
    } catch (error) {
      const transient = ['EPERM', 'EBUSY', 'EACCES'].includes(errnoOf(error) ?? '')
      if (!transient || attempt >= attempts) throw error
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt))
    }
  }
}

async function modeOf(filePath: string): Promise<number | undefined> {
  try {
    return (await fs.stat(filePath)).mode & 0o7777
  } catch {
    return undefined
  }
}

/**
 * Replacing by rename only needs write access to the folder, so a file the
 * user marked read-only would be silently replaced. Ask the file itself first
 * (throws EACCES/EPERM like a direct write would).
 */
async function refuseReadOnlyTarget(target: string): Promise<void> {
  try {
    await fs.access(target, fsConstants.W_OK)
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') return
    throw error
  }
}

export interface ReplaceOptions {
  /** Runs after the new content is safely on disk and before it replaces the target. */
  beforeReplace?: () => Promise<void>
}

/**
 * The shared core: `fill` writes the temp file and must leave it fsynced,
 * giving it `mode` (the target's permissions, if it exists) before the fsync
 * so the permissions are as durable as the bytes. Whatever fails, the temp
 * file is removed and the target is untouched.
 */
async function replaceDurably(
  target: string,
  fill: (tempPath: string, mode: number | undefined) => Promise<void>,
  options: ReplaceOptions = {},
): Promise<void> {
  await refuseReadOnlyTarget(target)
  // Keep the user's permissions (e.g. a private 0600 file stays private).
  const mode = await modeOf(target)
  const temp = tempPathFor(target)
  try {
    await fill(temp, mode)
    await options.beforeReplace?.()
    await renameWithRetry(temp, target)
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined)
    throw error
  }
  await fsyncFolder(path.dirname(target))
}

export function writeFileDurably(
  target: string,
  data: string | Uint8Array,
  options: ReplaceOptions = {},
): Promise<void> {
  return replaceDurably(
    target,
    async (temp, mode) => {
      // 'wx': never follow or reuse something already sitting at the temp name.
      const handle = await fs.open(temp, 'wx')
      try {
        if (mode !== undefined) await handle.chmod(mode).catch(() => undefined)
        await handle.writeFile(data)
        await handle.sync()
      } finally {
        await handle.close()
      }
    },
    options,
  )
}

/**
 * Copies `source` to `target` durably, keeping the source's modification time
 * so the copy still tells when its content was saved. The copy is private to
 * the user (0600): it lives in app data, and a read-only source must not make
 * the copy impossible to refresh later.
 */
export function copyFileDurably(source: string, target: string): Promise<void> {
  return replaceDurably(target, async (temp) => {
    const sourceStats = await fs.stat(source)
    await fs.copyFile(source, temp)
    const handle = await fs.open(temp, 'r+')
    try {
      await handle.chmod(0o600).catch(() => undefined)
      await handle.utimes(sourceStats.atime, sourceStats.mtime)
      await handle.sync()
    } finally {
      await handle.close()
    }
  })
}
