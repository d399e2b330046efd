/**
 * The quit flow (main/quit-flow.ts) over the real handlers and file services,
 * with Electron played by a small fake: windows that close, `app.quit()` that
 * emits 'before-quit' again, and the renderer's part of "Save" (save, then
 * close) done by the test step by step. Every path through the ports.
 */
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeEach, describe, expect, test } from 'vitest'
import type { DocumentId, EventChannel, EventMap, OpenOutcome, SaveOutcome } from '../../../shared/api'
import { makeMap, makeProject, type Project } from '../../../shared/model'
import { createAppServices } from '../../../main/app-services'
import type { MainServices } from '../../../main/handlers'
import type { WindowHost } from '../../../main/ports'
import { CLOSE_AFTER_SAVE_MS, createQuitFlow, type QuitFlow } from '../../../main/quit-flow'
import { ScriptedDialogs } from '../../host/scripted-dialogs'

/** Electron's side: open windows, 'closed' events, and whether the app has exited. */
class FakeDesktop implements WindowHost {
  readonly open = new Set<string>()
  readonly focused: string[] = []
  readonly commands: Array<{ windowId: string; command: string }> = []
  flow!: QuitFlow
  exited = false
  quitCalls = 0

  createWindow(): string {
    throw new Error('not used here')
  }
  focusWindow(id: string): void {
    this.focused.push(id)
  }
  closeWindow(id: string): void {
    if (!this.open.delete(id)) return
    this.flow.windowClosed(id) // Electron's 'closed'
  }
  send<E extends EventChannel>(windowId: string, channel: E, payload: EventMap[E]): void {
    if (channel === 'menu:command') this.commands.push({ windowId, command: (payload as EventMap['menu:command']).command })
  }
  setTitle(): void {}
  setLocale(): void {}

  /** `app.quit()`: emits 'before-quit'; unless prevented, the app exits. */
  quit(): void {
    this.quitCalls++
    let prevented = false
    this.flow.beforeQuit({ preventDefault: () => (prevented = true) })
    if (!prevented) this.exited = true
  }
}

const project = (name: string): Project => makeProject(name, makeMap('Map', [{ name: 'Awareness' }], [{ kind: 'actions', title: 'Actions' }]))

let dir: string
let dialogs: ScriptedDialogs
let desktop: FakeDesktop
let services: MainServices
let now: number
let logged: string[]
/** Which document each window shows. */
let docOf: Map<string, DocumentId>

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'jw-quit-'))
  dialogs = new ScriptedDialogs()
  desktop = new FakeDesktop()
  services = createAppServices({ dataDir: join(dir, 'data'), dialogs, windows: desktop })
  now = 1_000_000
  logged = []
  docOf = new Map()
  inFlight = 0
  const flow = createQuitFlow({
    windowIds: () => [...desktop.open],
    dirtyWindowIds: () => services.dirtyWindows(),
    focusWindow: (id) => desktop.focusWindow(id),
    closeCheck: (id) => {
      inFlight++
      return services.onWindowClosing(id).finally(() => inFlight--)
    },
    closeWindow: (id) => desktop.closeWindow(id),
    allowAllToClose: () => {},
    quit: () => desktop.quit(),
    now: () => now,
    log: (message) => logged.push(message),
  })
  services.onSaveSettled((windowId, saved) => flow.saveSettled(windowId, saved))
  desktop.flow = flow
})

/** Close checks under way (they touch the disk: drafts are discarded). */
let inFlight = 0

/** Lets the quit flow run until no close check is under way (bounded: a dialog may wait on the test). */
async function settle(): Promise<void> {
  const until = Date.now() + 2_000
  do {
    for (let i = 0; i < 10; i++) await new Promise((resolve) => setImmediate(resolve))
    if (inFlight > 0) await new Promise((resolve) => setTimeout(resolve, 2))
  } while (inFlight > 0 && Date.now() < until)
  for (let i = 0; i < 10; i++) await new Promise((resolve) => setImmediate(resolve))
}

async function openWindow(windowId: string, opts: { dirty?: boolean; savedAs?: string } = {}): Promise<void> {
  desktop.open.add(windowId)
  const outcome: OpenOutcome = await services.handlers['document:new']({ windowId }, { project: project(windowId) })
  if (outcome.kind !== 'opened') throw new Error(outcome.kind)
  docOf.set(windowId, outcome.doc.documentId)
  if (opts.savedAs) {
    dialogs.saveAnswers.push(join(dir, opts.savedAs))
    await services.handlers['document:saveAs']({ windowId }, { documentId: outcome.doc.documentId, project: project(windowId) })
  }
  if (opts.dirty) await services.handlers['document:setDirty']({ windowId }, { documentId: outcome.doc.documentId, dirty: true })
}

/** The renderer's saveThenClose (renderer/app/document-actions.ts): save, and close only if that worked. */
async function rendererSavesThenCloses(windowId: string): Promise<SaveOutcome> {
  const documentId = docOf.get(windowId)!
  const outcome = await services.handlers['document:save']({ windowId }, { documentId, project: project(windowId) })
  if (outcome.kind === 'saved') await services.handlers['document:close']({ windowId }, { documentId })
  return outcome
}

/** The window's close button: the same check, then close when it says so (main/window.ts). */
async function clickClose(windowId: string): Promise<void> {
  if ((await services.onWindowClosing(windowId)) === 'close') desktop.closeWindow(windowId)
}

describe('quit', () => {
  test('with nothing unsaved: every window closes and the app exits, no question asked', async () => {
    await openWindow('a')
    await openWindow('b')
    desktop.quit()
    await settle()
    expect(logged).toEqual([])
    expect(dialogs.asked).toEqual([])
    expect(desktop.open.size).toBe(0)
    expect(desktop.exited).toBe(true)
  })

  test("Don't save: that window closes, the rest are asked, the app exits", async () => {
    await openWindow('a', { dirty: true })
    await openWindow('b')
    await openWindow('c', { dirty: true })
    dialogs.unsavedAnswers.push('discard', 'discard')
    desktop.quit()
    await settle()
    expect(dialogs.asked).toEqual(['unsaved', 'unsaved'])
    // Each dirty window comes to the front before its question.
    expect(desktop.focused).toEqual(['a', 'c'])
    expect(desktop.exited).toBe(true)
  })

  test('Cancel: nothing closes, and closing one window afterwards keeps the others and the app', async () => {
    await openWindow('a')
    await openWindow('b', { dirty: true })
    await openWindow('c')
    dialogs.unsavedAnswers.push('cancel')
    desktop.quit()
    await settle()
    // "a" (clean) was already closed when "b" said Cancel; "b" and "c" stay.
    expect([...desktop.open]).toEqual(['b', 'c'])
    expect(desktop.exited).toBe(false)

    // Within seconds (the old flow resumed the quit for 60 s), the person
    // closes the very window that asked, not saving: only that window goes.
    now += 5_000
    dialogs.unsavedAnswers.push('discard')
    await clickClose('b')
    await settle()
    expect([...desktop.open]).toEqual(['c'])
    expect(desktop.exited).toBe(false)
    expect(desktop.quitCalls).toBe(1)
  })

  test('Save: once the save completes and its window closes, the quit carries on with the other windows', async () => {
    await openWindow('a', { dirty: true, savedAs: 'a.journey' })
    await openWindow('b', { dirty: true })
    dialogs.unsavedAnswers.push('save')
    desktop.quit()
    await settle()
    expect(desktop.commands).toEqual([{ windowId: 'a', command: 'saveThenClose' }])
    expect(desktop.exited).toBe(false)

    dialogs.unsavedAnswers.push('discard') // for "b", asked when the quit resumes
    expect((await rendererSavesThenCloses('a')).kind).toBe('saved')
    await settle()
    expect(dialogs.asked).toEqual(['save:a.journey', 'unsaved', 'unsaved'])
    expect(desktop.open.size).toBe(0)
    expect(desktop.exited).toBe(true)
  })

  test('Save, then the Save As dialog is canceled: the quit is over; closing any window later does not quit', async () => {
    await openWindow('a', { dirty: true }) // never saved: Save asks where
    await openWindow('b')
    await openWindow('c')
    dialogs.unsavedAnswers.push('save')
    desktop.quit()
    await settle()
    dialogs.saveAnswers.push(null) // the person cancels the Save As dialog
    expect((await rendererSavesThenCloses('a')).kind).toBe('canceled')
    await settle()
    expect([...desktop.open]).toEqual(['a', 'b', 'c'])

    await clickClose('b')
    dialogs.unsavedAnswers.push('discard')
    await clickClose('a') // even the window that was asked
    await settle()
    expect([...desktop.open]).toEqual(['c'])
    expect(desktop.exited).toBe(false)
    expect(desktop.quitCalls).toBe(1)
  })

  test('Save, but writing fails: the quit is over and the window stays', async () => {
    await openWindow('a', { dirty: true })
    await openWindow('b')
    dialogs.unsavedAnswers.push('save')
    desktop.quit()
    await settle()
    dialogs.saveAnswers.push(join(dir, 'no-such-folder', 'a.journey'))
    expect((await rendererSavesThenCloses('a')).kind).toBe('error')
    await settle()
    await clickClose('b')
    await settle()
    expect([...desktop.open]).toEqual(['a'])
    expect(desktop.exited).toBe(false)
  })

  test('Save completes but the window closes only much later: that late close does not quit', async () => {
    await openWindow('a', { dirty: true, savedAs: 'a.journey' })
    await openWindow('b')
    dialogs.unsavedAnswers.push('save')
    desktop.quit()
    await settle()
    const documentId = docOf.get('a')!
    expect((await services.handlers['document:save']({ windowId: 'a' }, { documentId, project: project('a') })).kind).toBe('saved')
    now += CLOSE_AFTER_SAVE_MS + 1
    await clickClose('a')
    await settle()
    expect([...desktop.open]).toEqual(['b'])
    expect(desktop.exited).toBe(false)
  })

  test('Save, and the window goes away before its save ends (e.g. the page crashed): no quit', async () => {
    await openWindow('a', { dirty: true, savedAs: 'a.journey' })
    await openWindow('b')
    dialogs.unsavedAnswers.push('save')
    desktop.quit()
    await settle()
    desktop.closeWindow('a')
    await rendererSavesThenCloses('a').catch(() => undefined)
    await settle()
    expect([...desktop.open]).toEqual(['b'])
    expect(desktop.exited).toBe(false)
  })

  test('a Save chosen on an ordinary window close does not start a quit', async () => {
    await openWindow('a', { dirty: true, savedAs: 'a.journey' })
    await openWindow('b')
    dialogs.unsavedAnswers.push('save')
    await clickClose('a')
    expect((await rendererSavesThenCloses('a')).kind).toBe('saved')
    await settle()
    expect([...desktop.open]).toEqual(['b'])
    expect(desktop.quitCalls).toBe(0)
    expect(desktop.exited).toBe(false)
  })

  test('a second Quit while the question is open asks nothing more', async () => {
    await openWindow('a', { dirty: true })
    let answer: (choice: 'discard') => void = () => {}
    dialogs.askUnsavedChanges = () => {
      dialogs.asked.push('unsaved')
      return new Promise((resolve) => (answer = resolve))
    }
    desktop.quit()
    desktop.quit()
    for (let i = 0; i < 20; i++) await new Promise((resolve) => setImmediate(resolve))
    expect(dialogs.asked).toEqual(['unsaved'])
    expect(desktop.exited).toBe(false)
    answer('discard')
    await settle()
    expect(desktop.exited).toBe(true)
  })

  test('a close check that fails keeps the app open and a later Quit asks again', async () => {
    await openWindow('a', { dirty: true })
    desktop.quit() // no scripted answer: the dialog throws
    await settle()
    expect(logged).toEqual(['journeywall: quit check failed; staying open'])
    expect(desktop.exited).toBe(false)
    dialogs.unsavedAnswers.push('discard')
    desktop.quit()
    await settle()
    expect(desktop.exited).toBe(true)
  })
})
