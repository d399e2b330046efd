/**
 * A press on a stage or lane header: dragging it (twice the note threshold,
 * so a shaky click still renames) reorders; a clean release may be a double
 * click (rename).
 */
import type { StructureAxis } from '../../../shared/layout'
import { cleanRelease } from './activate'
import { Reordering } from './reordering'
import { DRAG_THRESHOLD, type BoardContext, type BoardPointer, type InteractionState } from './state'

export class PointingHeader implements InteractionState {
  readonly name = 'pointing-header'

  constructor(
    private readonly ctx: BoardContext,
    private readonly down: BoardPointer,
    private readonly axis: StructureAxis,
    private readonly id: string,
  ) {}

  pointerMove(e: BoardPointer): void {
    if (e.id !== this.down.id) return
    if (Math.hypot(e.screen.x - this.down.screen.x, e.screen.y - this.down.screen.y) < DRAG_THRESHOLD * 2) return
    const reordering = new Reordering(this.ctx, e.id, this.axis, this.id)
    this.ctx.transition(reordering)
    reordering.pointerMove(e)
  }

  pointerUp(e: BoardPointer): void {
    if (e.id !== this.down.id) return
    this.ctx.toRoot()
    cleanRelease(this.ctx, e.screen, e.world, this.ctx.now())
  }

  cancel(): void {
    this.ctx.toRoot()
  }
}
