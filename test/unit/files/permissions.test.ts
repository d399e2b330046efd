/**
 * Permission problems, for real: chmod'ed files and folders. Root ignores file
 * permissions (and CI runs as root), so as root the operation runs in a child
 * process started as `nobody`; as a normal user it runs in-process.
 */
import { execFile } from 'node:child_process'
import { chmod, mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import { build } from 'rolldown'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ProjectFiles, type OpenResult, type SaveResult } from '../../../main/files'
import { serializeJourney } from '../../../shared/format'
import { inlineParser, makeTempDir, smallProject } from './helpers'

const NOBODY = 65534
const runsAsRoot = process.getuid?.() === 0

let work: Awaited<ReturnType<typeof makeTempDir>>
let childBundle: string
let backupsDir: string

beforeAll(async () => {
  work = await makeTempDir('permissions')
  // mkdtemp makes the folder private to us; the unprivileged child must be able to enter it.
  await chmod(work.dir, 0o755)
  backupsDir = path.join(work.dir, 'backups')
  if (runsAsRoot) {
    childBundle = path.join(work.dir, 'file-op-child.mjs')
    await build({
      input: path.join(import.meta.dirname, 'file-op-child.ts'),
      platform: 'node',
      logLevel: 'silent',
      output: { file: childBundle, format: 'esm' },
    })
  }
}, 60_000)

afterAll(async () => {
  await work?.cleanUp()
})

async function asUnprivilegedUser(operation: 'open' | 'save', file: string): Promise<OpenResult | SaveResult> {
  const files = new ProjectFiles({ backupsDir, parser: inlineParser })
  if (!runsAsRoot) return operation === 'open' ? files.open(file) : files.save(file, smallProject())
  const { stdout } = await promisify(execFile)(process.execPath, [childBundle, operation, file, backupsDir], {
    uid: NOBODY,
    gid: NOBODY,
  })
  return JSON.parse(stdout) as OpenResult | SaveResult
}

/** Permissions mean nothing on some platforms (e.g. Windows); say so instead of passing vacuously. */
async function skipUnlessPermissionsApply(ctx: { skip: (note?: string) => void }): Promise<void> {
  if (process.platform === 'win32') ctx.skip('POSIX permissions do not apply on Windows')
  if (!runsAsRoot && process.getuid?.() === undefined) ctx.skip('no POSIX user ids on this platform')
}

describe('permission denied', () => {
  it('opening a file nobody may read', async (ctx) => {
    await skipUnlessPermissionsApply(ctx)
    const target = path.join(work.dir, 'Locked.journey')
    await writeFile(target, serializeJourney(smallProject()))
    await chmod(target, 0o000)
    const result = await asUnprivilegedUser('open', target)
    expect(!result.ok && result.problem.code).toBe('permission-denied')
    expect(!result.ok && result.problem.message).toContain('Locked.journey')
  })

  it('opening a file inside a folder that may not be entered', async (ctx) => {
    await skipUnlessPermissionsApply(ctx)
    const privateFolder = path.join(work.dir, 'private')
    await mkdir(privateFolder)
    const target = path.join(privateFolder, 'Inside.journey')
    await writeFile(target, serializeJourney(smallProject()))
    await chmod(privateFolder, 0o700)
    if (!runsAsRoot) await chmod(privateFolder, 0o000)
    const result = await asUnprivilegedUser('open', target)
    if (!runsAsRoot) await chmod(privateFolder, 0o700)
    expect(!result.ok && result.problem.code).toBe('permission-denied')
  })

  it('saving into a read-only folder fails cleanly and leaves nothing behind', async (ctx) => {
    await skipUnlessPermissionsApply(ctx)
    const readOnly = path.join(work.dir, 'read-only')
    await mkdir(readOnly)
    await chmod(readOnly, 0o555)
    const result = await asUnprivilegedUser('save', path.join(readOnly, 'New.journey'))
    expect(!result.ok && result.problem.code).toBe('permission-denied')
    expect(!result.ok && result.problem.message).toContain('New.journey')
    expect(await readdir(readOnly)).toEqual([])
  })

  it('saving over a file marked read-only is refused, and the file keeps its content', async (ctx) => {
    await skipUnlessPermissionsApply(ctx)
    // Rename only needs folder access, so without an explicit check this save would quietly succeed.
    const folder = path.join(work.dir, 'shared-folder')
    await mkdir(folder)
    await chmod(folder, 0o777)
    const target = path.join(folder, 'ReadOnly.journey')
    const original = serializeJourney(smallProject('Marked read-only'))
    await writeFile(target, original)
    await chmod(target, 0o444)
    const result = await asUnprivilegedUser('save', target)
    expect(!result.ok && result.problem.code).toBe('permission-denied')
    expect(await readFile(target, 'utf8')).toBe(original)
    expect(await readdir(folder)).toEqual(['ReadOnly.journey'])
  })
})
