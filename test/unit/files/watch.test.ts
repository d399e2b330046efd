import { rename, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ProjectFiles, watchForExternalChanges, type FileStat } from '../../../main/files'
import { serializeJourney } from '../../../shared/format'
import { makeTempDir, smallProject, inlineParser } from './helpers'

let work: Awaited<ReturnType<typeof makeTempDir>>
let target: string
let files: ProjectFiles
let known: FileStat | null
let changes: Array<FileStat | null>
let unsubscribe: () => void

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

/** Well past the 200 ms debounce, with room for a busy 2-core machine. */
const SETTLE_MS = 800

beforeEach(async () => {
  work = await makeTempDir('watch')
  target = path.join(work.dir, 'Checkout.journey')
  files = new ProjectFiles({ backupsDir: path.join(work.dir, 'backups'), parser: inlineParser })
  const saved = await files.save(target, smallProject())
  if (!saved.ok) throw new Error(saved.problem.message)
  known = saved.stat
  changes = []
  unsubscribe = watchForExternalChanges(target, () => known, (stat) => changes.push(stat))
})

afterEach(async () => {
  unsubscribe()
  await work.cleanUp()
})

describe('watchForExternalChanges', () => {
  it('fires once when another program writes the file, even for several quick writes', async () => {
    await writeFile(target, serializeJourney(smallProject('Edited elsewhere')))
    await sleep(20)
    await writeFile(target, serializeJourney(smallProject('Edited elsewhere, again')))
    await sleep(SETTLE_MS)
    expect(changes).toHaveLength(1)
    expect(changes[0]).toEqual(await files.stat(target))

    // Nothing new happened: no second alarm for the same change.
    await sleep(SETTLE_MS)
    expect(changes).toHaveLength(1)
  })

  it('fires when an editor replaces the file by renaming a new one over it', async () => {
    const elsewhere = path.join(work.dir, 'Checkout.journey.new')
    await writeFile(elsewhere, serializeJourney(smallProject('Replaced by rename')))
    await rename(elsewhere, target)
    await sleep(SETTLE_MS)
    expect(changes).toHaveLength(1)
  })

  it('stays quiet for our own save once the known stat is updated', async () => {
    const saved = await files.save(target, smallProject('Our own save'))
    if (!saved.ok) throw new Error(saved.problem.message)
    known = saved.stat
    await sleep(SETTLE_MS)
    expect(changes).toEqual([])
  })

  it('ignores other files in the same folder', async () => {
    await writeFile(path.join(work.dir, 'Other.journey'), 'x')
    await sleep(SETTLE_MS)
    expect(changes).toEqual([])
  })

  it('stops after unsubscribing', async () => {
    unsubscribe()
    await writeFile(target, 'changed after unsubscribe')
    await sleep(SETTLE_MS)
    expect(changes).toEqual([])
  })
})
