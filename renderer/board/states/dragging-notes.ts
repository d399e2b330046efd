/**
 * Dragging notes: the selection rides on the drag layer (only it redraws per
 * frame), arrows follow, a bar shows the gap they would land in, the board
 * scrolls near its edges; release moves them there (one undo step), Escape
 * or a cancelled pointer puts them back.
 */
import { moveCards } from '../../../shared/commands'
import { dropTarget, type CellHit, type Point, type Rect } from '../../../shared/layout'
import { edgeScroll } from '../input/edge-scroller'
import type { BoardContext, BoardKey, BoardPointer, InteractionState, ScenePreview } from './state'

export class DraggingNotes implements InteractionState {
  readonly name = 'dragging-notes'
  private readonly rects = new Map<string, Rect>()
  private target: CellHit | null = null
  private indicator: Rect | null = null

  constructor(
    private readonly ctx: BoardContext,
    private readonly pointerId: number,
    private readonly origin: Point,
    private readonly ids: readonly string[],
  ) {
    for (const id of ids) this.rects.set(id, { ...ctx.layout.cardsById.get(id)!.rect })
  }

  enter(): void {
    this.ctx.liftNotes(this.ids)
    this.ctx.setCursor('grabbing')
  }

  exit(): void {
    this.ctx.dropLiftedNotes()
    this.ctx.setCursor('')
    this.ctx.redraw('overlay')
  }

  pointerMove(e: BoardPointer): void {
    if (e.id !== this.pointerId) return
    const { layout } = this.ctx
    const dx = e.world.x - this.origin.x
    const dy = e.world.y - this.origin.y
    for (const id of this.ids) {
      const base = layout.cardsById.get(id)?.rect
      if (base) this.rects.set(id, { ...base, x: base.x + dx, y: base.y + dy })
    }
    this.ctx.moveLiftedNotes(this.rects)
    const drop = dropTarget(layout, e.world)
    this.target = drop?.hit ?? null
    this.indicator = drop?.indicator ?? null
    const scrolled = edgeScroll(this.ctx.camera, this.ctx.viewport, e.screen)
    if (scrolled) this.ctx.setCamera(scrolled)
    this.ctx.redraw('overlay')
  }

  pointerUp(e: BoardPointer): void {
    if (e.id !== this.pointerId) return
    const target = this.target
    this.ctx.toRoot()
    if (target) this.ctx.apply(moveCards(this.ctx.map.id, this.ids, { stageId: target.stageId, laneId: target.laneId, index: target.index }), 'move')
  }

  cancel(): void {
    this.ctx.toRoot()
  }

  keyDown(e: BoardKey): boolean {
    if (e.key !== 'Escape') return false
    this.cancel()
    return true
  }

  preview(): ScenePreview {
    return { moved: this.rects, dropIndicator: this.indicator }
  }
}
