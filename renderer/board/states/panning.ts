/** Panning: the board follows the hand (middle button, Space + drag, one finger on empty board). */
import type { Point } from '../../../shared/layout'
import { panBy } from '../camera/camera'
import { tryPinch } from './pinching'
import type { BoardContext, BoardPointer, InteractionState } from './state'

export class Panning implements InteractionState {
  readonly name = 'panning'

  constructor(
    private readonly ctx: BoardContext,
    private readonly pointerId: number,
    private last: Point,
  ) {}

  enter(): void {
    this.ctx.setCursor('grabbing')
  }

  exit(): void {
    this.ctx.setCursor('')
  }

  pointerDown(e: BoardPointer): void {
    if (e.type === 'touch') tryPinch(this.ctx)
  }

  pointerMove(e: BoardPointer): void {
    if (e.id !== this.pointerId) return
    const dx = e.screen.x - this.last.x
    const dy = e.screen.y - this.last.y
    this.last = e.screen
    this.ctx.setCamera(panBy(this.ctx.camera, dx, dy))
  }

  pointerUp(e: BoardPointer): void {
    if (e.id === this.pointerId) this.ctx.toRoot()
  }

  cancel(): void {
    this.ctx.toRoot()
  }
}
