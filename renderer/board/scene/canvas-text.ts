/** Small text helpers shared by the background and overlay painters. */
import type { Rect } from '../../../shared/layout'
import { cssFont, type FontWeight, type TextStyle, type WrappedLines } from '../../../shared/look'
import { wrapFor } from './text'
import { BOARD_COLORS } from './theme'

type C = CanvasRenderingContext2D

/** Wrapped text in a box, from the text's own start edge (or centred). */
export function drawLines(c: C, text: string, rect: Rect, spec: TextStyle, color: string, locale?: string, center = false): void {
  if (!text || rect.height <= 0) return
  const maxLines = Math.max(1, Math.min(spec.maxLines, Math.floor(rect.height / spec.lineHeight + 0.01)))
  const w = wrapFor(text, rect.width, maxLines, spec.size, spec.weight, locale)
  setFont(c, w, spec.size, spec.weight)
  c.fillStyle = color
  c.textBaseline = 'middle'
  c.textAlign = center ? 'center' : w.rtl ? 'right' : 'left'
  const x = center ? rect.x + rect.width / 2 : w.rtl ? rect.x + rect.width : rect.x
  w.lines.forEach((line, i) => c.fillText(line, x, rect.y + i * spec.lineHeight + spec.lineHeight / 2))
}

export function setFont(c: C, w: WrappedLines, size: number, weight: FontWeight): void {
  c.font = cssFont(size, weight, w.rtl)
  c.direction = w.rtl ? 'rtl' : 'ltr'
}

/**
 * A small rounded label box with centred text (link labels, emotion reasons).
 * `firstBaseline` is the middle of the first line, measured from the box top.
 */
export function drawTextBox(
  c: CanvasRenderingContext2D,
  text: { lines: string[]; rtl: boolean },
  box: { x: number; y: number; width: number; height: number },
  look: { radius: number; fill: string; stroke: string; scale: number; firstBaseline: number; lineHeight: number },
): void {
  c.fillStyle = look.fill
  c.strokeStyle = look.stroke
  c.lineWidth = 1 / look.scale
  c.beginPath()
  c.roundRect(box.x, box.y, box.width, box.height, look.radius)
  c.fill()
  c.stroke()
  c.fillStyle = BOARD_COLORS.ink
  c.textAlign = 'center'
  c.textBaseline = 'middle'
  c.direction = text.rtl ? 'rtl' : 'ltr'
  const centre = box.x + box.width / 2
  text.lines.forEach((line, i) => c.fillText(line, centre, box.y + look.firstBaseline + i * look.lineHeight))
}
