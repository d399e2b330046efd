/** Drawing an arrow from a note's handle: release over another note links the two (one step of a non-linear path). */
import { addLink } from '../../../shared/commands'
import { cardAtPoint, type Point } from '../../../shared/layout'
import type { BoardContext, BoardKey, BoardPointer, InteractionState, ScenePreview } from './state'

export class DrawingLink implements InteractionState {
  readonly name = 'drawing-link'

  constructor(
    private readonly ctx: BoardContext,
    private readonly pointerId: number,
    private readonly fromCardId: string,
    private to: Point,
  ) {}

  pointerMove(e: BoardPointer): void {
    if (e.id !== this.pointerId) return
    this.to = e.world
    this.ctx.redraw('overlay')
  }

  pointerUp(e: BoardPointer): void {
    if (e.id !== this.pointerId) return
    this.ctx.toRoot()
    this.ctx.redraw('overlay')
    const target = cardAtPoint(this.ctx.layout, e.world)
    if (target && target.cardId !== this.fromCardId) this.ctx.apply(addLink(this.ctx.map.id, { fromCardId: this.fromCardId, toCardId: target.cardId }), 'link')
  }

  cancel(): void {
    this.ctx.toRoot()
    this.ctx.redraw('overlay')
  }

  keyDown(e: BoardKey): boolean {
    if (e.key !== 'Escape') return false
    this.cancel()
    return true
  }

  preview(): ScenePreview {
    return { linkDraft: { fromCardId: this.fromCardId, to: this.to } }
  }
}
