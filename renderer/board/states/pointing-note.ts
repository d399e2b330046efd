/**
 * A press on a note (idle already selected it, or toggled it with Shift or
 * Ctrl/⌘). Moving past the threshold drags the selection; a clean release
 * selects just this note (unless it was a toggle) and may be a double click.
 */
import { cleanRelease } from './activate'
import { DraggingNotes } from './dragging-notes'
import { DRAG_THRESHOLD, type BoardContext, type BoardPointer, type InteractionState } from './state'

export class PointingNote implements InteractionState {
  readonly name = 'pointing-note'

  constructor(
    private readonly ctx: BoardContext,
    private readonly down: BoardPointer,
    private readonly cardId: string,
    private readonly toggled: boolean,
  ) {}

  pointerMove(e: BoardPointer): void {
    if (e.id !== this.down.id) return
    if (Math.hypot(e.screen.x - this.down.screen.x, e.screen.y - this.down.screen.y) < DRAG_THRESHOLD) return
    const ids = this.ctx.selectedCardIds.filter((id) => this.ctx.layout.cardsById.has(id))
    if (ids.length === 0) {
      this.ctx.toRoot()
      return
    }
    const dragging = new DraggingNotes(this.ctx, e.id, this.down.world, ids)
    this.ctx.transition(dragging)
    dragging.pointerMove(e)
  }

  pointerUp(e: BoardPointer): void {
    if (e.id !== this.down.id) return
    this.ctx.toRoot()
    if (!this.toggled && !(e.shift || e.mod)) this.ctx.select([this.cardId])
    cleanRelease(this.ctx, e.screen, e.world, this.ctx.now())
  }

  cancel(): void {
    this.ctx.toRoot()
  }
}
