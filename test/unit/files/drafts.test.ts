import { readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DraftStore } from '../../../main/files'
import { makeTempDir, smallProject, inlineParser } from './helpers'

let work: Awaited<ReturnType<typeof makeTempDir>>
let draftsDir: string

/** A clock that ticks one minute per call, so "newest first" is decided by the store, not by luck. */
function steppingClock(): () => Date {
  let minute = 0
  return () => new Date(Date.UTC(2026, 10, 22, 9, minute++))
}

beforeEach(async () => {
  work = await makeTempDir('drafts')
  draftsDir = path.join(work.dir, 'app-data', 'drafts')
})

afterEach(async () => {
  await work.cleanUp()
})

describe('DraftStore', () => {
  it('writes, lists newest first, reads back and discards', async () => {
    const store = new DraftStore(draftsDir, { parser: inlineParser, now: steppingClock() })
    const older = smallProject('Older work')
    const newer = smallProject('Newer work')
    await store.write('doc-1', { title: 'Untitled', displayPath: null, project: older })
    const written = await store.write('doc-2', { title: 'Checkout', displayPath: '/home/ana/Checkout.journey', project: newer })
    expect(written).toEqual({
      draftId: 'doc-2',
      title: 'Checkout',
      displayPath: '/home/ana/Checkout.journey',
      savedAt: '2026-11-22T09:01:00.000Z',
    })

    expect((await store.list()).map((d) => d.draftId)).toEqual(['doc-2', 'doc-1'])

    // Rewriting a draft makes it the newest.
    await store.write('doc-1', { title: 'Untitled', displayPath: null, project: older })
    expect((await store.list()).map((d) => d.draftId)).toEqual(['doc-1', 'doc-2'])

    const read = await store.read('doc-2')
    expect(read.ok && JSON.parse(read.project.json)).toEqual(newer)
    expect(read.ok && read.info.title).toBe('Checkout')

    await store.discard('doc-2')
    expect((await store.list()).map((d) => d.draftId)).toEqual(['doc-1'])
    const gone = await store.read('doc-2')
    expect(!gone.ok && gone.problem.code).toBe('not-found')
    // Discarding what is not there is fine (the draft may never have been written).
    await expect(store.discard('doc-2')).resolves.toBeUndefined()
  })

  it('lists nothing when the folder does not exist yet', async () => {
    expect(await new DraftStore(path.join(work.dir, 'nowhere'), { parser: inlineParser }).list()).toEqual([])
  })

  it('survives a new instance (the next start of the app)', async () => {
    await new DraftStore(draftsDir, { parser: inlineParser }).write('doc-a', { title: 'Workshop', displayPath: null, project: smallProject('Kept') })
    const list = await new DraftStore(draftsDir, { parser: inlineParser }).list()
    expect(list.map((d) => d.title)).toEqual(['Workshop'])
    const read = await new DraftStore(draftsDir, { parser: inlineParser }).read('doc-a')
    expect(read.ok && read.project.name).toBe('Kept')
  })

  it('rejects ids that could leave the drafts folder', async () => {
    const store = new DraftStore(draftsDir, { parser: inlineParser })
    const content = { title: 'x', displayPath: null, project: smallProject() }
    for (const bad of ['../x', '..', 'a/b', 'a\\b', 'a.b', '', 'x'.repeat(65), 'ünïcode']) {
      await expect(store.write(bad, content), bad).rejects.toThrow(RangeError)
      await expect(store.read(bad), bad).rejects.toThrow(RangeError)
      await expect(store.discard(bad), bad).rejects.toThrow(RangeError)
    }
    expect(await readdir(work.dir)).toEqual([])
  })

  it('skips unreadable drafts in the list instead of failing', async () => {
    const store = new DraftStore(draftsDir, { parser: inlineParser, now: steppingClock() })
    await store.write('good', { title: 'Good', displayPath: null, project: smallProject() })
    await store.write('cut-short', { title: 'Cut short', displayPath: null, project: smallProject() })
    const cutShort = path.join(draftsDir, 'cut-short.draft')
    const bytes = await readFile(cutShort)
    await writeFile(cutShort, bytes.subarray(0, bytes.length - 20))
    await writeFile(path.join(draftsDir, 'garbage.draft'), 'not a draft at all')
    await writeFile(path.join(draftsDir, 'empty.draft'), '')
    await writeFile(path.join(draftsDir, 'renamed.draft'), (await readFile(path.join(draftsDir, 'good.draft'))))

    expect((await store.list()).map((d) => d.draftId)).toEqual(['good'])
    const cut = await store.read('cut-short')
    expect(!cut.ok && cut.problem.code).toBe('invalid')
  })

  it('reports a draft whose project part is damaged as a problem, not an exception', async () => {
    await writeFile(path.join(await mkdirp(draftsDir), 'bad-body.draft'), draftWithBody('bad-body', '{"format":"journeywall"'))
    const read = await new DraftStore(draftsDir, { parser: inlineParser }).read('bad-body')
    expect(!read.ok && read.problem.code).toBe('truncated')
  })

  it('leaves no temp files behind after writing', async () => {
    const store = new DraftStore(draftsDir, { parser: inlineParser })
    await writeFile(path.join(await mkdirp(draftsDir), '.doc-1.draft.0123456789ab.tmp'), 'crashed autosave')
    await store.write('doc-1', { title: 'T', displayPath: null, project: smallProject() })
    expect(await readdir(draftsDir)).toEqual(['doc-1.draft'])
  })
})

async function mkdirp(dir: string): Promise<string> {
  await import('node:fs/promises').then((fs) => fs.mkdir(dir, { recursive: true }))
  return dir
}

function draftWithBody(draftId: string, body: string): string {
  const header = {
    kind: 'journeywall-draft',
    version: 1,
    draftId,
    title: 'Damaged',
    displayPath: null,
    savedAt: '2026-11-22T09:00:00.000Z',
    bodyBytes: Buffer.byteLength(body),
  }
  return `${JSON.stringify(header)}\n${body}`
}
