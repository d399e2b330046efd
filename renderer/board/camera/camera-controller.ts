/**
 * The board's camera at run time: holds it, applies it (through the host:
 * the Konva stage's scale and position, no React), steps the zoom through
 * round levels, and says when a zoom has settled (180 ms after the last
 * change) so bitmaps can be re-painted sharp and the read-out updated.
 */
import type { Point, Rect } from '../../../shared/layout'
import { clampScale, fitRect, revealRect, zoomAround, zoomStep, type Camera, type Size } from './camera'

export interface CameraHost {
  /** A new camera is in place: apply it and redraw (now when `sync`, else next frame). */
  moved(camera: Camera, sync: boolean, zoomed: boolean): void
  /** A zoom came to rest. */
  settled(camera: Camera): void
}

export class CameraController {
  private camera: Camera = { x: -40, y: -40, scale: 1 }
  private size: Size
  private settleTimer = 0
  private movedAt = 0

  constructor(
    private readonly host: CameraHost,
    size: Size,
  ) {
    this.size = { width: Math.max(1, size.width), height: Math.max(1, size.height) }
  }

  get(): Camera {
    return { ...this.camera }
  }

  viewport(): Size {
    return { ...this.size }
  }

  /** When the camera last moved (performance.now ms). */
  lastMovedAt(): number {
    return this.movedAt
  }

  /** `sync` draws now instead of on the next frame (the benchmark's frames). */
  set(camera: Camera, sync = false): void {
    this.movedAt = performance.now()
    const zoomed = camera.scale !== this.camera.scale
    this.camera = { x: camera.x, y: camera.y, scale: clampScale(camera.scale) }
    this.host.moved(this.get(), sync, zoomed)
    if (zoomed) {
      clearTimeout(this.settleTimer)
      this.settleTimer = window.setTimeout(() => this.host.settled(this.get()), 180)
    }
  }

  resize(width: number, height: number): void {
    this.size = { width: Math.max(1, width), height: Math.max(1, height) }
    this.set(this.camera)
  }

  private centre(): Point {
    return { x: this.size.width / 2, y: this.size.height / 2 }
  }

  zoomBy(factor: number, anchor: Point = this.centre()): void {
    this.set(zoomAround(this.camera, this.camera.scale * factor, anchor))
  }

  zoomIn(): void {
    this.zoomBy(zoomStep(this.camera.scale, 1) / this.camera.scale)
  }

  zoomOut(): void {
    this.zoomBy(zoomStep(this.camera.scale, -1) / this.camera.scale)
  }

  zoomReset(): void {
    this.set(zoomAround(this.camera, 1, this.centre()))
  }

  /** Shows `rect` whole, centred, with `padding` screen px around it, at most `maxScale`. */
  fit(rect: Rect, padding: number, maxScale: number): void {
    this.set(fitRect(rect, this.size, padding, maxScale))
  }

  /** Pans (no zoom) so a board rect is in view. */
  reveal(rect: Rect): void {
    const next = revealRect(this.camera, this.size, rect)
    if (next !== this.camera) this.set(next)
  }

  destroy(): void {
    clearTimeout(this.settleTimer)
  }
}
