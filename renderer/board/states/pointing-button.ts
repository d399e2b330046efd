/**
 * Pressing an add-stage or add-lane button: it acts on release over the same
 * button, like a DOM button (acting on press would move focus away from the
 * name editor it opens).
 */
import type { BoardContext, BoardPointer, InteractionState } from './state'

export class PointingButton implements InteractionState {
  readonly name = 'pointing-button'

  constructor(
    private readonly ctx: BoardContext,
    private readonly pointerId: number,
    private readonly which: 'add-stage' | 'add-lane',
  ) {}

  pointerUp(e: BoardPointer): void {
    if (e.id !== this.pointerId) return
    this.ctx.toRoot()
    if (this.ctx.hitAt(e.world).kind === this.which) this.ctx.addStructure(this.which === 'add-stage' ? 'stage' : 'lane')
  }

  cancel(): void {
    this.ctx.toRoot()
  }
}
