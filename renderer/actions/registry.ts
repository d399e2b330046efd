/**
 * The one list of actions. Features contribute theirs at start-up (the app
 * shell registers them all, renderer/app/app-actions.ts); the keyboard,
 * toolbars, context menus, the native menu's commands and the palette look
 * them up here.
 */
import type { Action, ActionContext, TargetKind } from './action'
import { matches, parseChord, type Chord, type KeyLike } from './shortcuts'

export class ActionRegistry {
  private readonly byId = new Map<string, Action>()
  private chords: Array<{ action: Action; chord: Chord }> = []
  private readonly listeners = new Set<() => void>()

  /** Adds actions; an id registered twice is a bug, so it throws. Returns their removal. */
  register(actions: readonly Action[]): () => void {
    for (const action of actions) {
      if (this.byId.has(action.id)) throw new Error(`action registered twice: ${action.id}`)
      this.byId.set(action.id, action)
    }
    this.reindex()
    return () => {
      for (const action of actions) if (this.byId.get(action.id) === action) this.byId.delete(action.id)
      this.reindex()
    }
  }

  private reindex(): void {
    this.chords = [...this.byId.values()].flatMap((action) => (action.keys ?? []).map((k) => ({ action, chord: parseChord(k) })))
    for (const l of this.listeners) l()
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  all(): Action[] {
    return [...this.byId.values()]
  }

  get(id: string): Action | undefined {
    return this.byId.get(id)
  }

  isEnabled(action: Action, ctx: ActionContext): boolean {
    try {
      return action.enabled ? action.enabled(ctx) : true
    } catch {
      return false
    }
  }

  /** Runs an action if it is registered and enabled; false otherwise. */
  run(id: string, ctx: ActionContext): boolean {
    const action = this.byId.get(id)
    if (!action || !this.isEnabled(action, ctx)) return false
    void Promise.resolve(action.run(ctx)).catch((error) => console.error(`action ${id} failed`, error))
    return true
  }

  /** The actions bound to a key press, most specific first. */
  forKey(e: KeyLike): Action[] {
    return this.chords.filter((c) => matches(c.chord, e)).map((c) => c.action)
  }

  /** The actions a context menu on this kind of thing offers, in registration order. */
  forTarget(kind: TargetKind): Action[] {
    return this.all().filter((a) => a.targets?.includes(kind))
  }
}

export const actionRegistry = new ActionRegistry()
