/**
 * Pinching: two fingers zoom and pan together. Only when both landed on
 * empty board — two people dragging two notes on a touch wall must not zoom.
 */
import { clampScale, toWorld, type Camera } from '../camera/camera'
import type { Point } from '../../../shared/layout'
import type { BoardContext, BoardPointer, InteractionState } from './state'

function midpoint(a: Point, b: Point): Point {
  return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 }
}

export class Pinching implements InteractionState {
  readonly name = 'pinching'
  private readonly startDistance: number
  private readonly startCamera: Camera
  private readonly worldMid: Point

  constructor(
    private readonly ctx: BoardContext,
    private readonly ids: [number, number],
  ) {
    const a = ctx.pointers.get(ids[0])!.pos
    const b = ctx.pointers.get(ids[1])!.pos
    this.startDistance = Math.max(1, Math.hypot(a.x - b.x, a.y - b.y))
    this.startCamera = { ...ctx.camera }
    this.worldMid = toWorld(ctx.camera, midpoint(a, b))
  }

  pointerMove(): void {
    const a = this.ctx.pointers.get(this.ids[0])
    const b = this.ctx.pointers.get(this.ids[1])
    if (!a || !b) return
    const mid = midpoint(a.pos, b.pos)
    const scale = clampScale(this.startCamera.scale * (Math.hypot(a.pos.x - b.pos.x, a.pos.y - b.pos.y) / this.startDistance))
    this.ctx.setCamera({ scale, x: this.worldMid.x - mid.x / scale, y: this.worldMid.y - mid.y / scale })
  }

  pointerUp(e: BoardPointer): void {
    if (this.ids.includes(e.id)) this.ctx.toRoot()
  }

  cancel(): void {
    this.ctx.toRoot()
  }
}

/** A second finger landed: pinch when exactly two touches are down, both on empty board. */
export function tryPinch(ctx: BoardContext): boolean {
  const touches = [...ctx.pointers.entries()].filter(([, p]) => p.type === 'touch')
  if (touches.length !== 2 || touches.some(([, p]) => p.onTarget)) return false
  ctx.transition(new Pinching(ctx, [touches[0]![0], touches[1]![0]]))
  return true
}
