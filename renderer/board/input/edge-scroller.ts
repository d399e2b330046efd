/**
 * Dragging near the board's edge scrolls it, so notes can be carried to a
 * stage out of view. Pure: how far the camera moves (board units) for a
 * pointer at `screen`, `speed` screen px per move within `edge` px.
 */
import type { Point } from '../../../shared/layout'
import type { Camera, Size } from '../camera/camera'

export function edgeScroll(camera: Camera, viewport: Size, screen: Point, edge = 30, speed = 10): Camera | null {
  let dx = 0
  let dy = 0
  if (screen.x < edge) dx = -speed
  else if (screen.x > viewport.width - edge) dx = speed
  if (screen.y < edge) dy = -speed
  else if (screen.y > viewport.height - edge) dy = speed
  if (!dx && !dy) return null
  return { ...camera, x: camera.x + dx / camera.scale, y: camera.y + dy / camera.scale }
}
