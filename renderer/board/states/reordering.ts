/** Reordering a stage or lane: a bar shows where it would land; release moves it there. */
import { moveLane, moveStage } from '../../../shared/commands'
import { reorderTarget, type ReorderTarget, type StructureAxis } from '../../../shared/layout'
import type { BoardContext, BoardKey, BoardPointer, InteractionState, ScenePreview } from './state'

export class Reordering implements InteractionState {
  readonly name = 'reordering'
  private target: ReorderTarget | null = null

  constructor(
    private readonly ctx: BoardContext,
    private readonly pointerId: number,
    private readonly axis: StructureAxis,
    private readonly id: string,
  ) {}

  pointerMove(e: BoardPointer): void {
    if (e.id !== this.pointerId) return
    this.target = reorderTarget(this.ctx.layout, this.axis, this.id, e.world, 6 / this.ctx.camera.scale)
    this.ctx.redraw('overlay')
  }

  pointerUp(e: BoardPointer): void {
    if (e.id !== this.pointerId) return
    const target = this.target
    this.ctx.toRoot()
    this.ctx.redraw('overlay')
    if (!target) return
    const mapId = this.ctx.map.id
    this.ctx.apply(this.axis === 'stage' ? moveStage(mapId, this.id, target.toIndex) : moveLane(mapId, this.id, target.toIndex), 'structure')
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
    return { headerDrop: this.target?.indicator ?? null }
  }
}
