import { readFile, writeFile } from 'node:fs/promises'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, inject, test } from 'vitest'
import type { EventChannel, EventMap, OpenOutcome } from '../../../shared/api'
import { parseJourney, serializeJourney } from '../../../shared/format'
import { makeMap, makeProject, type Project } from '../../../shared/model'
import { createAppServices, type AppServices } from '../../../main/app-services'
import type { WindowHost } from '../../../main/ports'
import { isRequestChannel, validateRequest } from '../../../main/validate-request'
import { ScriptedDialogs } from '../../host/scripted-dialogs'

class FakeWindows implements WindowHost {
  next = 1
  readonly created: string[] = []
  readonly closed: string[] = []
  readonly focused: string[] = []
  readonly sent: Array<{ windowId: string; channel: string; payload: unknown }> = []
  createWindow(): string {
    const id = `new${this.next++}`
    this.created.push(id)
    return id
  }
  focusWindow(id: string): void {
    this.focused.push(id)
  }
  closeWindow(id: string): void {
    this.closed.push(id)
  }
  send<E extends EventChannel>(windowId: string, channel: E, payload: EventMap[E]): void {
    this.sent.push({ windowId, channel, payload })
  }
  setTitle(): void {}
  setLocale(): void {}
}

const project = (name: string): Project =>
  makeProject(name, makeMap('Map', [{ name: 'Awareness' }], [{ kind: 'actions', title: 'Actions' }]))

let dir: string
let dialogs: ScriptedDialogs
let windows: FakeWindows
let services: AppServices
/** The parse worker built from the current sources for this run (test/setup/workers.ts). */
const parsing = { workerFile: inject('parseWorkerFile') }

afterEach(async () => {
  await services.dispose()
})

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'jw-handlers-'))
  dialogs = new ScriptedDialogs()
  windows = new FakeWindows()
  services = createAppServices({ dataDir: join(dir, 'data'), dialogs, windows, parsing })
})

function opened(outcome: OpenOutcome) {
  if (outcome.kind !== 'opened') throw new Error(`expected opened, got ${outcome.kind}`)
  return outcome.doc
}

describe('payload validation', () => {
  test('unknown channels and malformed payloads are refused before any handler runs', () => {
    expect(isRequestChannel('document:save')).toBe(true)
    expect(isRequestChannel('fs:readFile')).toBe(false)
    expect(isRequestChannel('__proto__')).toBe(false)
    expect(() => validateRequest('document:save', { documentId: 'doc-x', project: { name: 1 } })).toThrow(/Rejected/)
    expect(() => validateRequest('document:openRecent', { recentId: '../../etc/passwd' })).toThrow(/Rejected/)
    expect(() => validateRequest('document:new', { project: project('p'), path: '/tmp/x' })).toThrow(/Rejected/)
  })
})

describe('documents and windows', () => {
  test('a window cannot save or close another window’s document', async () => {
    const doc = opened(await services.handlers['document:new']({ windowId: 'a' }, { project: project('A') }))
    await expect(
      services.handlers['document:save']({ windowId: 'b' }, { documentId: doc.documentId, project: project('evil') }),
    ).rejects.toThrow(/Unknown document/)
    await expect(services.handlers['document:close']({ windowId: 'b' }, { documentId: doc.documentId })).rejects.toThrow()
  })

  test('one window per project: a second project opens in a new window, the same file focuses its window', async () => {
    const path = join(dir, 'One.journey')
    await writeFile(path, serializeJourney(project('One')))
    opened(await services.openPath(path, 'a'))
    expect(await services.handlers['document:new']({ windowId: 'a' }, { project: project('Two') })).toEqual({
      kind: 'opened-in-new-window',
    })
    const initial = await services.handlers['document:initial']({ windowId: windows.created[0]! }, {})
    expect(initial && (JSON.parse(initial.projectJson) as Project).name).toBe('Two')
    expect(await services.openPath(path, null)).toEqual({ kind: 'focused-existing' })
    expect(windows.focused).toEqual(['a'])
  })

  test('opening a bad file answers with a problem and leaves the open document alone', async () => {
    const good = join(dir, 'Good.journey')
    await writeFile(good, serializeJourney(project('Good')))
    const doc = opened(await services.openPath(good, 'a'))
    const bad = join(dir, 'Bad.journey')
    await writeFile(bad, 'not json at all')
    const outcome = await services.openPath(bad, 'a')
    expect(outcome.kind).toBe('error')
    expect(services.documentForWindow('a')?.documentId).toBe(doc.documentId)
    expect(windows.created).toEqual([])
    // From argv / a second launch there is no page to show it in: a dialog says it.
    await services.openPath(bad, null)
    expect(dialogs.shownProblems.map((p) => p.fileName)).toEqual(['Bad.journey'])
  })

  test('a file that is not .journey is refused without being read', async () => {
    const outcome = await services.openPath(join(dir, 'notes.txt'), 'a')
    expect(outcome.kind === 'error' && outcome.problem.code).toBe('wrong-extension')
  })
})

describe('saving', () => {
  test('Save As adds the extension, marks clean, retires the draft, and lists the file as recent', async () => {
    const doc = opened(await services.handlers['document:new']({ windowId: 'a' }, { project: project('Trip') }))
    await services.handlers['draft:write']({ windowId: 'a' }, { documentId: doc.documentId, project: project('Trip') })
    dialogs.saveAnswers.push(join(dir, 'Trip'))
    const saved = await services.handlers['document:save']({ windowId: 'a' }, { documentId: doc.documentId, project: project('Trip') })
    expect(saved).toMatchObject({ kind: 'saved', fileName: 'Trip.journey' })
    const onDisk = parseJourney(new Uint8Array(await readFile(join(dir, 'Trip.journey'))))
    expect(onDisk.ok && onDisk.project.name).toBe('Trip')
    expect(await services.handlers['draft:list']({ windowId: 'x' }, {})).toEqual([])
    expect((await services.handlers['recent:list']({ windowId: 'a' }, {})).map((r) => r.name)).toEqual(['Trip.journey'])
  })

  test('a live document’s draft is not offered for recovery; a closed-without-save one is discarded', async () => {
    const doc = opened(await services.handlers['document:new']({ windowId: 'a' }, { project: project('Live') }))
    await services.handlers['document:setDirty']({ windowId: 'a' }, { documentId: doc.documentId, dirty: true })
    await services.handlers['draft:write']({ windowId: 'a' }, { documentId: doc.documentId, project: project('Live') })
    expect(await services.handlers['draft:list']({ windowId: 'b' }, {})).toEqual([])
    dialogs.unsavedAnswers.push('discard')
    expect(await services.onWindowClosing('a')).toBe('close')
    const fresh = createAppServices({ dataDir: join(dir, 'data'), dialogs, windows, parsing })
    expect(await fresh.handlers['draft:list']({ windowId: 'b' }, {})).toEqual([])
    await fresh.dispose()
  })

  test('after a crash, a new run offers the draft and restores it as unsaved', async () => {
    const doc = opened(await services.handlers['document:new']({ windowId: 'a' }, { project: project('Crashy') }))
    await services.handlers['draft:write']({ windowId: 'a' }, { documentId: doc.documentId, project: project('Crashy') })
    // No close, no save: the process died. A new run of main sees the draft.
    const next = createAppServices({ dataDir: join(dir, 'data'), dialogs, windows, parsing })
    const drafts = await next.handlers['draft:list']({ windowId: 'z' }, {})
    expect(drafts.map((d) => d.title)).toEqual(['Crashy'])
    const restored = opened(await next.handlers['draft:restore']({ windowId: 'z' }, { draftId: drafts[0]!.draftId }))
    expect(restored).toMatchObject({ fromDraft: true, dirty: true, fileName: null })
    expect((JSON.parse(restored.projectJson) as Project).name).toBe('Crashy')
    await next.dispose()
  })

  test('unsaved changes on close: Save hands the save to the renderer and keeps the window', async () => {
    const doc = opened(await services.handlers['document:new']({ windowId: 'a' }, { project: project('P') }))
    await services.handlers['document:setDirty']({ windowId: 'a' }, { documentId: doc.documentId, dirty: true })
    dialogs.unsavedAnswers.push('save')
    expect(await services.onWindowClosing('a')).toBe('save')
    expect(windows.sent).toContainEqual({ windowId: 'a', channel: 'menu:command', payload: { command: 'saveThenClose' } })
    dialogs.unsavedAnswers.push('cancel')
    expect(await services.onWindowClosing('a')).toBe('cancel')
    expect(services.dirtyWindows()).toEqual(['a'])
  })
})
