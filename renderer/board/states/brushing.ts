/** Brushing: a marquee selects the notes it touches (added to the selection with Shift or Ctrl/⌘). */
import { cardsInRect, normalizeRect, type Point, type Rect } from '../../../shared/layout'
import type { BoardContext, BoardPointer, InteractionState, ScenePreview } from './state'

export class Brushing implements InteractionState {
  readonly name = 'brushing'
  private rect: Rect

  constructor(
    private readonly ctx: BoardContext,
    private readonly pointerId: number,
    private readonly origin: Point,
    private readonly additive: readonly string[],
  ) {
    this.rect = { ...origin, width: 0, height: 0 }
  }

  pointerMove(e: BoardPointer): void {
    if (e.id !== this.pointerId) return
    this.rect = { x: this.origin.x, y: this.origin.y, width: e.world.x - this.origin.x, height: e.world.y - this.origin.y }
    const ids = cardsInRect(this.ctx.layout, this.rect).map((c) => c.cardId)
    this.ctx.select([...new Set([...this.additive, ...ids])])
    this.ctx.redraw('overlay')
  }

  pointerUp(e: BoardPointer): void {
    if (e.id !== this.pointerId) return
    this.ctx.toRoot()
    this.ctx.redraw('overlay')
  }

  cancel(): void {
    this.ctx.toRoot()
    this.ctx.redraw('overlay')
  }

  preview(): ScenePreview {
    return { marquee: normalizeRect(this.rect) }
  }
}
