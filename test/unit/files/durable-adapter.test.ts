import { chmod, mkdir, readdir, readFile, stat, truncate, utimes, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { Low } from 'lowdb'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { backupPathFor, JourneyFileAdapter, ProjectFiles } from '../../../main/files'
import { listLeftoverTemps } from '../../../main/files/durable-write'
import { problemFromError } from '../../../main/files/file-problems'
import { readFileBounded } from '../../../main/files/read-bounded'
import { parseJourney, serializeJourney } from '../../../shared/format'
import type { Project } from '../../../shared/model'
import { inlineParser, makeTempDir, smallProject } from './helpers'

let work: Awaited<ReturnType<typeof makeTempDir>>
let docs: string
let backupsDir: string
let files: ProjectFiles

beforeEach(async () => {
  work = await makeTempDir('adapter')
  docs = path.join(work.dir, 'Mail attachments')
  backupsDir = path.join(work.dir, 'app-data', 'backups')
  await mkdir(docs)
  files = new ProjectFiles({ backupsDir, parser: inlineParser })
})

afterEach(async () => {
  await work.cleanUp()
})

const named = (project: Project, name: string): Project => ({ ...project, name })

async function openedName(filePath: string): Promise<string> {
  const opened = await files.open(filePath)
  if (!opened.ok) throw new Error(opened.problem.message)
  return opened.project.name
}

describe('JourneyFileAdapter through lowdb', () => {
  it('writes and reads a project through a lowdb Low', async () => {
    const target = path.join(docs, 'Checkout.journey')
    const project = smallProject('Through lowdb')
    const adapter = new JourneyFileAdapter(target, { backupsDir, parser: inlineParser })
    await new Low<Project | null>(adapter, project).write()

    const db = new Low<Project | null>(new JourneyFileAdapter(target, { backupsDir, parser: inlineParser }), null)
    await db.read()
    expect(db.data).toEqual(project)
    expect(await readFile(target, 'utf8')).toBe(serializeJourney(project))
  })

  it('keeps the previous good file as a backup in the backups folder, never beside the file', async () => {
    const target = path.join(docs, 'Checkout.journey')
    const first = smallProject('First')
    await files.save(target, first)
    await files.save(target, named(first, 'Second'))

    expect(await readdir(docs)).toEqual(['Checkout.journey'])
    const backupPath = backupPathFor(backupsDir, target)
    const backup = parseJourney(await readFile(backupPath))
    expect(backup.ok && backup.project.name).toBe('First')
    // Private to the user: it is a copy of their work sitting in app data.
    expect((await stat(backupPath)).mode & 0o777).toBe(0o600)
  })

  it('keeps the file permissions when replacing it', async () => {
    const target = path.join(docs, 'Private.journey')
    await files.save(target, smallProject())
    await chmod(target, 0o600)
    await files.save(target, smallProject('Again'))
    expect((await stat(target)).mode & 0o777).toBe(0o600)
  })
})

describe('damaged files', () => {
  it('opens the last good copy with a repair note when the file is damaged, and leaves the file alone', async () => {
    const target = path.join(docs, 'Checkout.journey')
    const project = smallProject('Good')
    await files.save(target, project)
    await files.save(target, named(project, 'Also good'))
    const backupSavedAt = (await stat(backupPathFor(backupsDir, target))).mtimeMs

    const damaged = serializeJourney(project).slice(0, 100)
    await writeFile(target, damaged)
    const before = await stat(target)

    const opened = await new ProjectFiles({ backupsDir, parser: inlineParser }).open(target)
    expect(opened.ok).toBe(true)
    if (!opened.ok) return
    expect(opened.project.name).toBe('Good')
    expect(opened.repairs[0]).toMatch(/^The file was damaged; Journeywall opened the last good copy saved on .+\.$/)
    expect(opened.repairs[0]).toContain(new Date(backupSavedAt).getFullYear().toString())

    // Opening never writes: the damaged bytes are still there, untouched.
    expect(await readFile(target, 'utf8')).toBe(damaged)
    expect((await stat(target)).mtimeMs).toBe(before.mtimeMs)
  })

  it('reports the parse problem and does not touch a damaged file when there is no backup', async () => {
    const target = path.join(docs, 'Broken.journey')
    await writeFile(target, '{"format":"journeywall","version":1,"project":{')
    const opened = await files.open(target)
    expect(opened.ok).toBe(false)
    if (opened.ok) return
    expect(opened.problem.code).toBe('truncated')
    expect(opened.problem.message).toContain('Broken.journey')
    expect(await readFile(target, 'utf8')).toBe('{"format":"journeywall","version":1,"project":{')
  })

  it('does not let a damaged file replace the good backup when the user saves over it', async () => {
    const target = path.join(docs, 'Checkout.journey')
    const project = smallProject('Good')
    await files.save(target, project)
    await files.save(target, named(project, 'Newer'))
    await writeFile(target, 'garbage')

    const fresh = new ProjectFiles({ backupsDir, parser: inlineParser })
    expect(await openedName(target)).toBe('Good')
    const saved = await fresh.save(target, named(project, 'Saved after repair'))
    expect(saved.ok).toBe(true)

    const backup = parseJourney(await readFile(backupPathFor(backupsDir, target)))
    expect(backup.ok && backup.project.name).toBe('Good')
    expect(await openedName(target)).toBe('Saved after repair')
  })

  it('does not back up a damaged file it never read either (e.g. save-as over it)', async () => {
    const target = path.join(docs, 'Checkout.journey')
    await files.save(target, smallProject('Good'))
    await files.save(target, smallProject('Newer'))
    await writeFile(target, 'garbage')
    await new ProjectFiles({ backupsDir, parser: inlineParser }).save(target, smallProject('Saved as'))
    const backup = parseJourney(await readFile(backupPathFor(backupsDir, target)))
    expect(backup.ok && backup.project.name).toBe('Good')
  })

  it('never swaps a too-new file for an older backup', async () => {
    const target = path.join(docs, 'From the future.journey')
    await files.save(target, smallProject('Old'))
    await files.save(target, smallProject('Older still there'))
    await writeFile(target, JSON.stringify({ format: 'journeywall', version: 999, project: {} }))
    const opened = await new ProjectFiles({ backupsDir, parser: inlineParser }).open(target)
    expect(!opened.ok && opened.problem.code).toBe('too-new')
  })
})

describe('temp files', () => {
  it('removes leftovers of this file on open and after a save, and leaves other files alone', async () => {
    const target = path.join(docs, 'Checkout.journey')
    await files.save(target, smallProject())
    const ours = ['.Checkout.journey.0123456789ab.tmp', '.Checkout.journey.deadbeef0000.tmp']
    const strangers = ['.Checkout.journey.tmp', '.Other.journey.0123456789ab.tmp', 'notes.tmp']
    for (const name of [...ours, ...strangers]) await writeFile(path.join(docs, name), 'half a save')

    expect(await listLeftoverTemps(target)).toHaveLength(2)
    await files.open(target)
    expect(await listLeftoverTemps(target)).toEqual([])
    expect((await readdir(docs)).sort()).toEqual(['Checkout.journey', ...strangers].sort())

    await writeFile(path.join(docs, ours[0] ?? ''), 'another crash')
    await files.save(target, smallProject('Saved'))
    expect(await listLeftoverTemps(target)).toEqual([])
  })
})

describe('refusals', () => {
  it('refuses a 300 MB (sparse) file as too large without reading it', async () => {
    const target = path.join(docs, 'Huge.journey')
    await writeFile(target, '')
    await truncate(target, 300 * 1024 * 1024)

    const started = performance.now()
    const opened = await files.open(target)
    const elapsedMs = performance.now() - started
    console.log(`300 MB sparse file refused in ${elapsedMs.toFixed(1)} ms`)

    expect(!opened.ok && opened.problem.code).toBe('too-large')
    expect(!opened.ok && opened.problem.message).toContain('Huge.journey')
    // Reading 300 MB of zeros and decoding them takes seconds; a stat takes microseconds.
    expect(elapsedMs).toBeLessThan(500)
  })

  it('refuses a file with another extension', async () => {
    const target = path.join(docs, 'Checkout.json')
    await writeFile(target, serializeJourney(smallProject()))
    const opened = await files.open(target)
    expect(!opened.ok && opened.problem.code).toBe('wrong-extension')
    expect(!opened.ok && opened.problem.fileName).toBe('Checkout.json')
  })

  it('accepts the extension in any letter case', async () => {
    const target = path.join(docs, 'SHOUTING.JOURNEY')
    await writeFile(target, serializeJourney(smallProject('Loud')))
    expect(await openedName(target)).toBe('Loud')
  })

  it('says a missing file is not found, naming it', async () => {
    const opened = await files.open(path.join(docs, 'Gone.journey'))
    expect(!opened.ok && opened.problem.code).toBe('not-found')
    expect(!opened.ok && opened.problem.message).toContain('Gone.journey')
  })

  it('says a folder is not a file', async () => {
    const folder = path.join(docs, 'Folder.journey')
    await mkdir(folder)
    const opened = await files.open(folder)
    expect(!opened.ok && opened.problem.code).toBe('not-a-file')
  })

  it('cannot save into a folder that does not exist', async () => {
    const saved = await files.save(path.join(docs, 'missing', 'New.journey'), smallProject())
    expect(!saved.ok && saved.problem.code).toBe('not-found')
  })

  it('saving over a folder fails with a problem, not an exception', async () => {
    const folder = path.join(docs, 'Folder.journey')
    await mkdir(folder)
    const saved = await files.save(folder, smallProject())
    expect(saved.ok).toBe(false)
    expect(await readdir(docs)).toEqual(['Folder.journey'])
  })

  it('maps Node error codes to problems that name the file', () => {
    const err = (code: string): Error => Object.assign(new Error(code), { code })
    const where = '/home/ana/Checkout.journey'
    const cases: Array<[string, 'read' | 'write', string]> = [
      ['ENOENT', 'read', 'not-found'],
      ['EACCES', 'read', 'permission-denied'],
      ['EPERM', 'write', 'permission-denied'],
      ['ENOSPC', 'write', 'disk-full'],
      ['EISDIR', 'read', 'not-a-file'],
      ['EIO', 'read', 'read-failed'],
      ['EIO', 'write', 'write-failed'],
    ]
    for (const [code, action, expected] of cases) {
      const problem = problemFromError(err(code), where, action)
      expect(problem.code, code).toBe(expected)
      expect(problem.message).toContain('Checkout.journey')
      expect(problem.message).not.toContain('/home/ana')
      expect(problem.fileName).toBe('Checkout.journey')
    }
  })
})

describe('bounded reads', () => {
  it('refuses a file over the limit by its size alone', async () => {
    const target = path.join(docs, 'big.journey')
    await writeFile(target, 'x'.repeat(2000))
    await expect(readFileBounded(target, 1000)).rejects.toMatchObject({ problem: { code: 'too-large' } })
    expect((await readFileBounded(target, 2000)).bytes.length).toBe(2000)
  })
})

describe('changed on disk', () => {
  it('compares mtime and size with what was last opened or saved', async () => {
    const target = path.join(docs, 'Checkout.journey')
    const saved = await files.save(target, smallProject())
    if (!saved.ok) throw new Error(saved.problem.message)
    expect(await files.stat(target)).toEqual(saved.stat)
    expect(await files.hasChangedOnDisk(target, saved.stat)).toBe(false)

    const opened = await files.open(target)
    if (!opened.ok) throw new Error(opened.problem.message)
    expect(opened.stat).toEqual(saved.stat)

    // Same size, other time: still a change (another program rewrote it).
    await utimes(target, new Date(), new Date(saved.stat.mtimeMs + 5000))
    expect(await files.hasChangedOnDisk(target, saved.stat)).toBe(true)

    const again = await files.save(target, smallProject('Other size'))
    if (!again.ok) throw new Error(again.problem.message)
    expect(await files.hasChangedOnDisk(target, again.stat)).toBe(false)
    await writeFile(target, (await readFile(target, 'utf8')) + ' ')
    expect(await files.hasChangedOnDisk(target, again.stat)).toBe(true)
  })

  it('counts a deleted file as changed, and stat() gives null for it', async () => {
    const target = path.join(docs, 'Checkout.journey')
    const saved = await files.save(target, smallProject())
    if (!saved.ok) throw new Error(saved.problem.message)
    await import('node:fs/promises').then((fs) => fs.rm(target))
    expect(await files.stat(target)).toBeNull()
    expect(await files.hasChangedOnDisk(target, saved.stat)).toBe(true)
  })
})
