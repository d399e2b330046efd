/**
 * A press on empty board or in a cell (already selected by idle). Moving
 * past the threshold brushes a marquee (mouse, pen) or pans (one finger);
 * a second finger may start a pinch; a clean release may be a double click.
 */
import { DRAG_THRESHOLD, type BoardContext, type BoardPointer, type InteractionState } from './state'
import { cleanRelease } from './activate'
import { Brushing } from './brushing'
import { Panning } from './panning'
import { tryPinch } from './pinching'

export class PointingEmpty implements InteractionState {
  readonly name = 'pointing-empty'

  constructor(
    private readonly ctx: BoardContext,
    private readonly down: BoardPointer,
  ) {}

  pointerDown(e: BoardPointer): void {
    if (e.type === 'touch') tryPinch(this.ctx)
  }

  pointerMove(e: BoardPointer): void {
    if (e.id !== this.down.id) return
    if (Math.hypot(e.screen.x - this.down.screen.x, e.screen.y - this.down.screen.y) < DRAG_THRESHOLD) return
    if (this.down.type === 'touch') {
      // One finger on empty board pans, as on any touch canvas.
      this.ctx.transition(new Panning(this.ctx, e.id, e.screen))
    } else {
      const additive = e.shift || e.mod ? [...this.ctx.selectedCardIds] : []
      const brushing = new Brushing(this.ctx, e.id, this.down.world, additive)
      this.ctx.transition(brushing)
      brushing.pointerMove(e)
    }
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
