/**
 * Pressing an emotion face (or the hollow place of a stage not scored yet):
 * dragging it up or down sets the score in half steps, shown live on the
 * curve; release commits it (a hollow place becomes a point). A clean
 * release may be a double click (give the point its reason).
 */
import { setEmotionPoint } from '../../../shared/commands'
import { emotionPlaceholders, scoreFromY, snapScore, type BoardHit } from '../../../shared/layout'
import { cleanRelease } from './activate'
import type { BoardContext, BoardKey, BoardPointer, InteractionState, ScenePreview } from './state'

type EmotionHit = Extract<BoardHit, { kind: 'emotion' }>

export class DraggingEmotion implements InteractionState {
  readonly name = 'dragging-emotion'
  private score: number
  private moved = false

  constructor(
    private readonly ctx: BoardContext,
    private readonly down: BoardPointer,
    private readonly hit: EmotionHit,
  ) {
    this.score = hit.score
  }

  pointerMove(e: BoardPointer): void {
    if (e.id !== this.down.id) return
    const curve = this.ctx.layout.emotionCurves.find((c) => c.laneId === this.hit.laneId)
    if (!curve) return
    this.score = snapScore(scoreFromY(curve.area, e.world.y))
    this.moved = true
    this.ctx.redraw('overlay')
  }

  pointerUp(e: BoardPointer): void {
    if (e.id !== this.down.id) return
    this.ctx.toRoot()
    this.ctx.redraw('overlay')
    const { stageId, cardId } = this.hit
    if (this.moved) this.ctx.apply(setEmotionPoint(this.ctx.map.id, { stageId, cardId }, { score: this.score }), 'emotion')
    else cleanRelease(this.ctx, e.screen, e.world, this.ctx.now())
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
    if (!this.moved) return {}
    const ghost = this.hit.placeholder ? emotionPlaceholders(this.ctx.layout, this.ctx.map).find((p) => p.id === this.hit.pointId && p.laneId === this.hit.laneId) : undefined
    return {
      emotionDrag: { pointId: this.hit.pointId, laneId: this.hit.laneId, score: this.score, placeholder: ghost ? { stageId: ghost.stageId, x: ghost.x } : undefined },
    }
  }
}
