import { applyPatches, type Patch } from 'immer'
import type { Project } from '../model'
import './apply' // applyPatches needs the patches plugin switched on

export interface HistoryEntry {
  label: string
  patches: Patch[]
  inversePatches: Patch[]
  /**
   * Consecutive entries with the same key, pushed within the coalescing
   * window, merge into one undo step (e.g. `text:<cardId>` while typing).
   */
  coalesceKey?: string
}

export interface HistoryOptions {
  /** Injected clock so coalescing is testable; default Date.now. */
  now?: () => number
  /** How long after the last push an edit with the same key still joins it. */
  coalesceMs?: number
}

export interface Step {
  project: Project
  entry: HistoryEntry
}

/**
 * Undo/redo over immer patches, unlimited within a session. Positions are
 * counted in applied entries; the saved position is remembered so "dirty"
 * means exactly "not at the state last saved" — undoing back to it is clean.
 */
export class History {
  private entries: HistoryEntry[] = []
  private position = 0
  /** Null once the saved state was cut off by a new edit after undo: never clean again until saved. */
  private savedPosition: number | null = 0
  /** When the top entry was last extended; only a push (not undo, redo or save) leaves it open to joining. */
  private topOpenSince: number | null = null
  private readonly now: () => number
  private readonly coalesceMs: number

  constructor(options: HistoryOptions = {}) {
    this.now = options.now ?? (() => Date.now())
    this.coalesceMs = options.coalesceMs ?? 1000
  }

  /** Records an applied edit. Returns false (and records nothing) when the edit changed nothing. */
  push(entry: HistoryEntry): boolean {
    if (entry.patches.length === 0) return false
    const at = this.now()
    if (this.position < this.entries.length) {
      // A new edit after undo drops the redo branch; the saved state may have lived there.
      if (this.savedPosition !== null && this.savedPosition > this.position) this.savedPosition = null
      this.entries.length = this.position
    }
    // Keep only what undo needs: callers often pass a whole CommandResult, and
    // holding its project in every entry would keep every version alive.
    const kept: HistoryEntry = { label: entry.label, patches: entry.patches, inversePatches: entry.inversePatches }
    if (entry.coalesceKey !== undefined) kept.coalesceKey = entry.coalesceKey
    const top = this.entries[this.position - 1]
    const joins =
      top !== undefined &&
      kept.coalesceKey !== undefined &&
      top.coalesceKey === kept.coalesceKey &&
      this.topOpenSince !== null &&
      at - this.topOpenSince <= this.coalesceMs
    if (joins) {
      this.entries[this.position - 1] = {
        ...top,
        patches: [...top.patches, ...kept.patches],
        inversePatches: [...kept.inversePatches, ...top.inversePatches],
      }
    } else {
      this.entries.push(kept)
      this.position++
    }
    this.topOpenSince = at
    return true
  }

  undo(project: Project): Step | null {
    const entry = this.entries[this.position - 1]
    if (!entry) return null
    this.position--
    this.topOpenSince = null
    return { project: applyPatches(project, entry.inversePatches), entry }
  }

  redo(project: Project): Step | null {
    const entry = this.entries[this.position]
    if (!entry) return null
    this.position++
    this.topOpenSince = null
    return { project: applyPatches(project, entry.patches), entry }
  }

  get canUndo(): boolean {
    return this.position > 0
  }

  get canRedo(): boolean {
    return this.position < this.entries.length
  }

  /** Label of the step undo would revert (for "Undo Move card" menus). */
  get undoLabel(): string | undefined {
    return this.entries[this.position - 1]?.label
  }

  get redoLabel(): string | undefined {
    return this.entries[this.position]?.label
  }

  /**
   * Call after a successful save of the current project. Also closes the top
   * step to coalescing: undo must be able to land exactly on the saved state.
   */
  markSaved(): void {
    this.savedPosition = this.position
    this.topOpenSince = null
  }

  get isDirty(): boolean {
    return this.savedPosition !== this.position
  }

  /** How many steps undo can take. */
  get undoDepth(): number {
    return this.position
  }

  /** Forgets everything, e.g. after opening another file; the current state counts as saved. */
  clear(): void {
    this.entries = []
    this.position = 0
    this.savedPosition = 0
    this.topOpenSince = null
  }
}
