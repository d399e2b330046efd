/** The camera: which board point sits at the viewport's top-left, and how many screen px per board unit. */
import type { Point, Rect } from '../../shared/layout'
import type { Camera } from './bench-hooks'

export const MIN_SCALE = 0.1
export const MAX_SCALE = 4

export function clampScale(scale: number): number {
  return Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale))
}

export function toWorld(camera: Camera, screen: Point): Point {
  return { x: camera.x + screen.x / camera.scale, y: camera.y + screen.y / camera.scale }
}

export function toScreen(camera: Camera, world: Point): Point {
  return { x: (world.x - camera.x) * camera.scale, y: (world.y - camera.y) * camera.scale }
}

/** Zooms to `scale` keeping the board point under `anchor` (screen px) where it is. */
export function zoomAround(camera: Camera, scale: number, anchor: Point): Camera {
  const next = clampScale(scale)
  const world = toWorld(camera, anchor)
  return { scale: next, x: world.x - anchor.x / next, y: world.y - anchor.y / next }
}

/** A camera showing `rect` whole, centred, with `padding` screen px around it. */
export function fitRect(rect: Rect, viewport: { width: number; height: number }, padding = 40, maxScale = 1.5): Camera {
  const w = Math.max(1, viewport.width - 2 * padding)
  const h = Math.max(1, viewport.height - 2 * padding)
  const scale = clampScale(Math.min(w / Math.max(1, rect.width), h / Math.max(1, rect.height), maxScale))
  return {
    scale,
    x: rect.x + rect.width / 2 - viewport.width / 2 / scale,
    y: rect.y + rect.height / 2 - viewport.height / 2 / scale,
  }
}

export function viewportRect(camera: Camera, viewport: { width: number; height: number }, margin = 0): Rect {
  const w = viewport.width / camera.scale
  const h = viewport.height / camera.scale
  return { x: camera.x - w * margin, y: camera.y - h * margin, width: w * (1 + 2 * margin), height: h * (1 + 2 * margin) }
}
