/**
 * The board's state machine: one current interaction state; events go to
 * it; it moves on by `transition`. The root state is idle, or a mode that
 * replaces it (voting, presenting): `setRoot` swaps it, and every gesture
 * ends back there.
 */
import type { BoardKey, BoardPointer, InteractionState, KeyResult, ScenePreview } from './state'

export class InteractionMachine {
  private root: InteractionState
  private state: InteractionState

  constructor(root: InteractionState) {
    this.root = root
    this.state = root
    root.enter?.()
  }

  get current(): InteractionState {
    return this.state
  }

  get rootState(): InteractionState {
    return this.root
  }

  transition(next: InteractionState): void {
    if (next === this.state) return
    const previous = this.state
    this.state = next
    previous.exit?.()
    next.enter?.()
  }

  toRoot(): void {
    this.transition(this.root)
  }

  /** Replaces the root (a mode). A gesture under way is abandoned first. */
  setRoot(root: InteractionState): void {
    if (this.state !== this.root) this.cancel()
    const old = this.root
    this.root = root
    if (this.state === old) this.transition(root)
  }

  pointerDown(e: BoardPointer): void {
    this.state.pointerDown?.(e)
  }

  pointerMove(e: BoardPointer): void {
    this.state.pointerMove?.(e)
  }

  pointerUp(e: BoardPointer): void {
    this.state.pointerUp?.(e)
  }

  cancel(): void {
    const s = this.state
    if (s.cancel) s.cancel()
    else if (s !== this.root) this.toRoot()
  }

  keyDown(e: BoardKey): KeyResult {
    return this.state.keyDown?.(e) ?? false
  }

  keyUp(e: BoardKey): void {
    this.state.keyUp?.(e)
  }

  preview(): ScenePreview {
    return this.state.preview?.() ?? {}
  }
}
