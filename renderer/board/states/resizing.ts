/** Resizing a stage (width) or lane (height) by its trailing header edge: an outline previews the size; release sets it. */
import { resizeLane, resizeStage } from '../../../shared/commands'
import { resizeTarget, type ResizeTarget, type StructureAxis } from '../../../shared/layout'
import type { BoardContext, BoardKey, BoardPointer, InteractionState, ScenePreview } from './state'

export class Resizing implements InteractionState {
  readonly name = 'resizing'
  private target: ResizeTarget | null = null

  constructor(
    private readonly ctx: BoardContext,
    private readonly pointerId: number,
    private readonly axis: StructureAxis,
    private readonly id: string,
  ) {}

  pointerMove(e: BoardPointer): void {
    if (e.id !== this.pointerId) return
    this.target = resizeTarget(this.ctx.layout, this.axis, this.id, e.world) ?? this.target
    this.ctx.redraw('background')
  }

  pointerUp(e: BoardPointer): void {
    if (e.id !== this.pointerId) return
    const target = this.target
    this.ctx.toRoot()
    this.ctx.redraw('background')
    if (!target) return
    const mapId = this.ctx.map.id
    this.ctx.apply(this.axis === 'stage' ? resizeStage(mapId, this.id, target.size) : resizeLane(mapId, this.id, target.size), 'structure')
  }

  cancel(): void {
    this.ctx.toRoot()
    this.ctx.redraw('background')
  }

  keyDown(e: BoardKey): boolean {
    if (e.key !== 'Escape') return false
    this.cancel()
    return true
  }

  preview(): ScenePreview {
    return { guides: this.target ? [this.target.guide] : [] }
  }
}
