/**
 * Double-click and double-tap, recognised the same way for mouse, pen and
 * touch: a second release within 450 ms and 12 px of the first. Browsers'
 * own dblclick doesn't fire for touch, and presses that started a drag must
 * not count, so the states report their clean releases here.
 */
import type { Point } from '../../../shared/layout'

export class ClickCounter {
  private last: { time: number; pos: Point } | null = null

  constructor(
    private readonly interval = 450,
    private readonly slop = 12,
  ) {}

  /** A clean release at `pos` (screen px), `time` ms: true when it completes a double click. */
  release(pos: Point, time: number): boolean {
    const last = this.last
    if (last && time - last.time < this.interval && Math.hypot(last.pos.x - pos.x, last.pos.y - pos.y) < this.slop) {
      this.last = null
      return true
    }
    this.last = { time, pos }
    return false
  }

  reset(): void {
    this.last = null
  }
}
