/**
 * Paints shared/look display lists on a canvas 2D context: the board's note
 * bitmaps, faces and icons, and the PNG export. State is set per op without
 * save/restore (a note bitmap is ~10 ops and is painted on every zoom step),
 * and path data is parsed once per distinct string (icons repeat on every
 * note that carries them).
 */
import { rectsIntersect } from '../../shared/layout'
import { cssFont, type DrawOp } from '../../shared/look'

type C = CanvasRenderingContext2D

const paths = new Map<string, Path2D>()

function path2d(d: string): Path2D {
  let p = paths.get(d)
  if (!p) {
    if (paths.size > 2000) paths.clear()
    paths.set(d, (p = new Path2D(d)))
  }
  return p
}

function paint(c: C, fill: string | undefined, stroke: string | undefined, width: number | undefined, dash: number[] | undefined, shape: Path2D | null): void {
  if (fill && fill !== 'none') {
    c.fillStyle = fill
    if (shape) c.fill(shape)
    else c.fill()
  }
  if (stroke) {
    c.strokeStyle = stroke
    c.lineWidth = width ?? 1
    if (dash?.length) c.setLineDash(dash)
    if (shape) c.stroke(shape)
    else c.stroke()
    if (dash?.length) c.setLineDash([])
  }
}

export interface PaintOptions {
  /** Skip ops wholly outside this rect (board units), for tiles of a large PNG. */
  clip?: { x: number; y: number; width: number; height: number }
}

/** Draws the ops in order on a context already transformed to board units. */
export function paintOps(c: C, ops: readonly DrawOp[], options: PaintOptions = {}): void {
  const clip = options.clip
  const visible = (x: number, y: number, width: number, height: number) => !clip || rectsIntersect({ x, y, width, height }, clip)
  c.lineCap = 'round'
  c.lineJoin = 'round'
  // Setting a font makes the canvas parse it: only when it changes (a note's lines share one).
  let font = ''
  for (const o of ops) {
    switch (o.op) {
      case 'rect':
        if (!visible(o.x, o.y, o.width, o.height)) continue
        if (o.opacity !== undefined) c.globalAlpha = o.opacity
        c.beginPath()
        if (o.radius) c.roundRect(o.x, o.y, o.width, o.height, o.radius)
        else c.rect(o.x, o.y, o.width, o.height)
        paint(c, o.fill, o.stroke, o.strokeWidth, o.dash, null)
        break
      case 'circle':
        if (!visible(o.cx - o.r, o.cy - o.r, 2 * o.r, 2 * o.r)) continue
        if (o.opacity !== undefined) c.globalAlpha = o.opacity
        c.beginPath()
        c.arc(o.cx, o.cy, o.r, 0, Math.PI * 2)
        paint(c, o.fill, o.stroke, o.strokeWidth, o.dash, null)
        break
      case 'path': {
        if (o.opacity !== undefined) c.globalAlpha = o.opacity
        const dx = o.x ?? 0
        const dy = o.y ?? 0
        if (dx || dy) c.translate(dx, dy)
        paint(c, o.fill, o.stroke, o.strokeWidth, o.dash, path2d(o.d))
        if (dx || dy) c.translate(-dx, -dy)
        break
      }
      case 'text':
        if (!visible(o.x - 2000, o.y - o.size * 2, 4000, o.size * 3)) continue
        {
          const wanted = cssFont(o.size, o.weight, o.rtl)
          if (wanted !== font) c.font = font = wanted
        }
        c.fillStyle = o.fill
        c.direction = o.rtl ? 'rtl' : 'ltr'
        c.textAlign = o.align
        c.textBaseline = 'alphabetic'
        c.fillText(o.text, o.x, o.y)
        break
    }
    if (o.op !== 'text' && o.opacity !== undefined) c.globalAlpha = 1
  }
}
