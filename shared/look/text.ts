/**
 * Text as the map draws it: wrapped with shared/layout's line breaking
 * (Intl.Segmenter word breaks, so Chinese wraps), in the font stack of its
 * own direction, measured by the caller's FontMeasure (a canvas in the app,
 * a double in tests). The board and the printout both call these, so they
 * break every text at the same places.
 */
import { wrapText } from '../layout/text-wrap'
import { textDirection } from './direction'
import type { FontMeasure, FontWeight } from './fonts'
import { BASELINE, type DrawOp } from './ops'

export interface TextStyle {
  size: number
  lineHeight: number
  maxLines: number
  weight: FontWeight
}

export interface WrappedLines {
  lines: string[]
  truncated: boolean
  rtl: boolean
}

/** Lines of `text` in a box `width` wide, at most `maxLines` (the last one cut with an ellipsis). */
export function wrapLines(text: string, width: number, maxLines: number, style: { size: number; weight: FontWeight }, measure: FontMeasure, locale?: string): WrappedLines {
  const rtl = textDirection(text) === 'rtl'
  if (!text) return { lines: [], truncated: false, rtl }
  const wrapped = wrapText(text, { maxWidth: width, maxLines, measure: (t) => measure(t, style.size, style.weight, rtl), locale })
  return { lines: wrapped.lines, truncated: wrapped.truncated, rtl }
}

export type TextAlign = 'start' | 'center'

/**
 * Text ops for wrapped lines in a box from `top`: each line's baseline at
 * `BASELINE` of its line box; 'start' is the text's own start edge (right for
 * right-to-left text).
 */
export function lineOps(wrapped: WrappedLines, box: { x: number; width: number }, top: number, style: TextStyle, fill: string, align: TextAlign = 'start'): DrawOp[] {
  const side = align === 'center' ? 'center' : wrapped.rtl ? 'right' : 'left'
  const x = side === 'left' ? box.x : side === 'right' ? box.x + box.width : box.x + box.width / 2
  return wrapped.lines.map((text, i) => ({
    op: 'text' as const,
    x,
    y: top + i * style.lineHeight + style.lineHeight * BASELINE,
    text,
    size: style.size,
    weight: style.weight,
    fill,
    align: side,
    rtl: wrapped.rtl,
  }))
}
