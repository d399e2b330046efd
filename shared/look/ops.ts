/**
 * A tiny display list: what a note, a face or an icon looks like, as data.
 * Built in shared/ (pure), then drawn by the renderer as canvas calls (the
 * board's note bitmaps, PNG export) or SVG elements (print view, SVG export).
 * Coordinates are board units.
 */

export interface Paint {
  fill?: string
  stroke?: string
  strokeWidth?: number
  dash?: number[]
  opacity?: number
}

export type DrawOp =
  | ({ op: 'rect'; x: number; y: number; width: number; height: number; radius?: number } & Paint)
  /** Path data drawn moved by (x, y): icons keep one `d` wherever they sit, so it is parsed (and stored) once. */
  | ({ op: 'path'; d: string; x?: number; y?: number } & Paint)
  | ({ op: 'circle'; cx: number; cy: number; r: number } & Paint)
  | {
      op: 'text'
      /** Baseline position; `align` says which physical edge x is. */
      x: number
      y: number
      text: string
      size: number
      weight: 400 | 700
      fill: string
      align: 'left' | 'center' | 'right'
      rtl: boolean
    }

export type TextOp = Extract<DrawOp, { op: 'text' }>

/** Where a line's alphabetic baseline sits below the top of its line box (a fraction of the line height). */
export const BASELINE = 0.74

export function bounds(ops: readonly DrawOp[]): { x: number; y: number; width: number; height: number } {
  let minX = Infinity
  let minY = Infinity
  let maxX = -Infinity
  let maxY = -Infinity
  const add = (x: number, y: number) => {
    minX = Math.min(minX, x)
    minY = Math.min(minY, y)
    maxX = Math.max(maxX, x)
    maxY = Math.max(maxY, y)
  }
  for (const o of ops) {
    if (o.op === 'rect') {
      add(o.x, o.y)
      add(o.x + o.width, o.y + o.height)
    } else if (o.op === 'circle') {
      add(o.cx - o.r, o.cy - o.r)
      add(o.cx + o.r, o.cy + o.r)
    }
  }
  return Number.isFinite(minX) ? { x: minX, y: minY, width: maxX - minX, height: maxY - minY } : { x: 0, y: 0, width: 0, height: 0 }
}

/** Rounds to 1/100 of a unit: path data stays short and stable (the same note gives the same string). */
export function r2(n: number): number {
  return Math.round(n * 100) / 100
}
