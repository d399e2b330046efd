/**
 * The camera: which board point sits at the viewport's top-left, and how
 * many screen px one board unit takes. Pure maths; the shell applies a
 * camera to the Konva stage directly, outside React.
 */
import type { Point, Rect } from '../../../shared/layout'

export interface Camera {
  /** World coordinate shown at the viewport's top-left corner. */
  x: number
  y: number
  /** Screen pixels per board unit (1 = 100 %). */
  scale: number
}

export interface Size {
  width: number
  height: number
}

export const MIN_SCALE = 0.1
export const MAX_SCALE = 4
/** Zoom buttons and keys step through round levels, so 25 %, 100 % and 400 % are one press apart from each other. */
export const ZOOM_STEPS = [0.1, 0.15, 0.25, 0.33, 0.5, 0.67, 0.75, 1, 1.25, 1.5, 2, 3, 4]

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

/** Moves the camera by a drag of (dx, dy) screen px: the board follows the hand. */
export function panBy(camera: Camera, dx: number, dy: number): Camera {
  return { ...camera, x: camera.x - dx / camera.scale, y: camera.y - dy / camera.scale }
}

/** A camera showing `rect` whole, centred, with `padding` screen px around it. */
export function fitRect(rect: Rect, viewport: Size, padding = 40, maxScale = 1.5): Camera {
  const w = Math.max(1, viewport.width - 2 * padding)
  const h = Math.max(1, viewport.height - 2 * padding)
  const scale = clampScale(Math.min(w / Math.max(1, rect.width), h / Math.max(1, rect.height), maxScale))
  return {
    scale,
    x: rect.x + rect.width / 2 - viewport.width / 2 / scale,
    y: rect.y + rect.height / 2 - viewport.height / 2 / scale,
  }
}

export function viewportRect(camera: Camera, viewport: Size, margin = 0): Rect {
  const w = viewport.width / camera.scale
  const h = viewport.height / camera.scale
  return { x: camera.x - w * margin, y: camera.y - h * margin, width: w * (1 + 2 * margin), height: h * (1 + 2 * margin) }
}

/** The next round zoom level up (or down) from a scale. */
export function zoomStep(scale: number, direction: 1 | -1): number {
  if (direction > 0) return ZOOM_STEPS.find((z) => z > scale * 1.01) ?? ZOOM_STEPS[ZOOM_STEPS.length - 1]!
  return [...ZOOM_STEPS].reverse().find((z) => z < scale * 0.99) ?? ZOOM_STEPS[0]!
}

/** The camera panned (not zoomed) just enough to show `rect` with `pad` screen px around it; the same camera when it shows already. */
export function revealRect(camera: Camera, viewport: Size, rect: Rect, pad = 40): Camera {
  const view = viewportRect(camera, viewport, 0)
  const margin = pad / camera.scale
  let { x, y } = camera
  if (rect.x - margin < view.x) x = rect.x - margin
  else if (rect.x + rect.width + margin > view.x + view.width) x = rect.x + rect.width + margin - view.width
  if (rect.y - margin < view.y) y = rect.y - margin
  else if (rect.y + rect.height + margin > view.y + view.height) y = rect.y + rect.height + margin - view.height
  return x === camera.x && y === camera.y ? camera : { ...camera, x, y }
}
