import { readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { RecentFiles } from '../../../main/files'
import { Id } from '../../../shared/model'
import { makeTempDir } from './helpers'

let work: Awaited<ReturnType<typeof makeTempDir>>
let storeFile: string

beforeEach(async () => {
  work = await makeTempDir('recent')
  storeFile = path.join(work.dir, 'app-data', 'recent.json')
})

afterEach(async () => {
  await work.cleanUp()
})

async function existingFiles(...names: string[]): Promise<string[]> {
  const paths = names.map((name) => path.join(work.dir, name))
  await Promise.all(paths.map((p) => writeFile(p, '{}')))
  return paths
}

const namesOf = async (recent: RecentFiles): Promise<string[]> => (await recent.list()).map((e) => e.name)

describe('RecentFiles', () => {
  it('lists the most recently added first, moving a re-opened file to the front', async () => {
    const [a, b, c] = await existingFiles('A.journey', 'B.journey', 'C.journey')
    const recent = new RecentFiles(storeFile)
    for (const p of [a, b, c]) await recent.add(p ?? '')
    expect(await namesOf(recent)).toEqual(['C.journey', 'B.journey', 'A.journey'])
    await recent.add(a ?? '')
    expect(await namesOf(recent)).toEqual(['A.journey', 'C.journey', 'B.journey'])

    const [first] = await recent.list()
    expect(first?.displayPath).toBe(a)
  })

  it('keeps at most `max` entries, dropping the oldest', async () => {
    const paths = await existingFiles('1.journey', '2.journey', '3.journey', '4.journey')
    const recent = new RecentFiles(storeFile, { max: 3 })
    for (const p of paths) await recent.add(p)
    expect(await namesOf(recent)).toEqual(['4.journey', '3.journey', '2.journey'])
  })

  it('defaults to ten entries', async () => {
    const paths = await existingFiles(...Array.from({ length: 12 }, (_, i) => `${i}.journey`))
    const recent = new RecentFiles(storeFile)
    for (const p of paths) await recent.add(p)
    expect(await recent.list()).toHaveLength(10)
  })

  it('drops files that no longer exist, and remembers that it did', async () => {
    const [kept, deleted] = await existingFiles('Kept.journey', 'Deleted.journey')
    const recent = new RecentFiles(storeFile)
    await recent.add(kept ?? '')
    await recent.add(deleted ?? '')
    await rm(deleted ?? '')

    expect(await namesOf(recent)).toEqual(['Kept.journey'])
    const stored = JSON.parse(await readFile(storeFile, 'utf8')) as { paths: string[] }
    expect(stored.paths).toEqual([kept])
  })

  it('resolves opaque ids to paths, and unknown ids to null', async () => {
    const [a, b] = await existingFiles('A.journey', 'B.journey')
    const recent = new RecentFiles(storeFile)
    await recent.add(a ?? '')
    await recent.add(b ?? '')
    const entries = await recent.list()
    for (const entry of entries) {
      // The renderer sends the id back through a request schema that checks it as a record Id.
      expect(Id.safeParse(entry.recentId).success).toBe(true)
      expect(entry.recentId).not.toContain(work.dir)
      expect(await recent.resolve(entry.recentId)).toBe(entry.displayPath)
    }
    expect(new Set(entries.map((e) => e.recentId)).size).toBe(2)
    expect(await recent.resolve('r-unknown')).toBeNull()
  })

  it('persists across instances (app restarts)', async () => {
    const [a, b] = await existingFiles('A.journey', 'B.journey')
    await new RecentFiles(storeFile).add(a ?? '')
    await new RecentFiles(storeFile).add(b ?? '')
    const later = new RecentFiles(storeFile)
    expect(await namesOf(later)).toEqual(['B.journey', 'A.journey'])
    const [first] = await later.list()
    expect(await new RecentFiles(storeFile).resolve(first?.recentId ?? '')).toBe(b)
  })

  it('clears the list', async () => {
    const [a] = await existingFiles('A.journey')
    const recent = new RecentFiles(storeFile)
    await recent.add(a ?? '')
    await recent.clear()
    expect(await recent.list()).toEqual([])
    expect(await new RecentFiles(storeFile).list()).toEqual([])
  })

  it('starts empty instead of failing when its store file is damaged', async () => {
    const [a] = await existingFiles('A.journey')
    await import('node:fs/promises').then((fs) => fs.mkdir(path.dirname(storeFile), { recursive: true }))
    await writeFile(storeFile, '{"version":1,"paths":[')
    const recent = new RecentFiles(storeFile)
    expect(await recent.list()).toEqual([])
    await recent.add(a ?? '')
    expect(await namesOf(recent)).toEqual(['A.journey'])
  })

  it('does not lose entries when adds overlap', async () => {
    const paths = await existingFiles('1.journey', '2.journey', '3.journey')
    const recent = new RecentFiles(storeFile)
    await Promise.all(paths.map((p) => recent.add(p)))
    expect(await namesOf(recent)).toEqual(['3.journey', '2.journey', '1.journey'])
  })
})
