/**
 * The open document: the project, its undo history and its saved state. Every
 * edit goes through shared/commands, so undo/redo and dirty tracking come from
 * the patches, never from comparing projects.
 */
import { create } from 'zustand'
import type { DocumentInfo } from '../../shared/api'
import { applyCommand, History, type Command } from '../../shared/commands'
import type { Project } from '../../shared/model'

export interface OpenDoc {
  documentId: string
  fileName: string | null
  displayPath: string | null
}

export interface DocumentState {
  doc: OpenDoc | null
  project: Project | null
  history: History
  dirty: boolean
  /** The loaded content itself differs from the file (a restored draft) until saved. */
  loadedDirty: boolean
  /** Bumps on every content change: autosave watches it. */
  revision: number
  load(info: DocumentInfo): void
  apply(command: Command, label: string, coalesceKey?: string): void
  undo(): void
  redo(): void
  markSaved(fileName: string, displayPath: string): void
  clear(): void
}

export const useDocument = create<DocumentState>((set, get) => ({
  doc: null,
  project: null,
  history: new History(),
  dirty: false,
  loadedDirty: false,
  revision: 0,

  load(info) {
    set({
      doc: { documentId: info.documentId, fileName: info.fileName, displayPath: info.displayPath },
      // Main passes projects as text (it never rebuilds a big one on its own thread).
      project: JSON.parse(info.projectJson) as Project,
      history: new History(),
      loadedDirty: info.dirty,
      dirty: info.dirty,
      revision: get().revision + 1,
    })
  },

  apply(command, label, coalesceKey) {
    const { project, history } = get()
    if (!project) return
    const result = applyCommand(project, command, label)
    if (result.patches.length === 0) return
    history.push({ label, patches: result.patches, inversePatches: result.inversePatches, coalesceKey })
    set({ project: result.project, dirty: history.isDirty || get().loadedDirty, revision: get().revision + 1 })
  },

  undo() {
    const { project, history } = get()
    if (!project) return
    const step = history.undo(project)
    if (!step) return
    set({ project: step.project, dirty: history.isDirty || get().loadedDirty, revision: get().revision + 1 })
  },

  redo() {
    const { project, history } = get()
    if (!project) return
    const step = history.redo(project)
    if (!step) return
    set({ project: step.project, dirty: history.isDirty || get().loadedDirty, revision: get().revision + 1 })
  },

  markSaved(fileName, displayPath) {
    const { doc, history } = get()
    if (!doc) return
    history.markSaved()
    set({ doc: { ...doc, fileName, displayPath }, loadedDirty: false, dirty: false })
  },

  clear() {
    set({ doc: null, project: null, history: new History(), dirty: false, loadedDirty: false })
  },
}))
