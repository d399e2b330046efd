/**
 * A tiny display list: what the print view, the SVG export and the PNG
 * export all draw. Built once from shared/layout (pure), then turned into SVG
 * elements (vector PDF, SVG file) or canvas calls (PNG) by the renderer.
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
  | ({ op: 'path'; d: string } & Paint)
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

/**
 * The font stacks of printed text, the board's own (renderer/board/theme.ts):
 * bundled fonts, per-glyph fallback picks the script's face; right-to-left
 * text puts Vazirmatn first so its digits and punctuation match the letters.
 */
export const PRINT_FONT_FAMILY = '"Noto Sans", "Vazirmatn", "Noto Sans SC", sans-serif'
export const PRINT_FONT_FAMILY_RTL = '"Vazirmatn", "Noto Sans", "Noto Sans SC", sans-serif'

export function fontFamilyFor(rtl: boolean): string {
  return rtl ? PRINT_FONT_FAMILY_RTL : PRINT_FONT_FAMILY
}

/** Width of `text` at a size and weight in its font stack (canvas measureText in the app; a double in tests). */
export type FontMeasure = (text: string, size: number, weight: 400 | 700, rtl?: boolean) => number

const RTL_CHAR = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u
const STRONG_CHAR = /[\p{L}]/u

/** Direction of a text from its first strong character (what HTML's dir="auto" does). */
export function isRtlText(text: string): boolean {
  for (const ch of text) {
    if (RTL_CHAR.test(ch)) return true
    if (STRONG_CHAR.test(ch)) return false
  }
  return false
}

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
