/**
 * Measuring text with a canvas context in the exact font strings every
 * surface draws with (shared/look cssFont). The board keeps one measure for
 * its life and clears it when a font piece arrives; a print job takes a
 * fresh one after its fonts are loaded, so no width measured with a fallback
 * face can reach paper.
 */
import { cssFont, type FontMeasure } from '../../shared/look'

let context: CanvasRenderingContext2D | null = null

function canvasContext(): CanvasRenderingContext2D | null {
  if (!context && typeof document !== 'undefined') context = document.createElement('canvas').getContext('2d')
  return context
}

export interface TextMeasure {
  /** shared/look's FontMeasure, cached per font and text. */
  readonly measure: FontMeasure
  /** Bumps on clear(): wraps cached by the generation they were made in go stale. */
  readonly generation: number
  /** Forget every width (a font piece arrived: earlier widths may be a fallback's). */
  clear(): void
}

export function createTextMeasure(): TextMeasure {
  const widths = new Map<string, Map<string, number>>()
  let generation = 0
  const measure: FontMeasure = (text, size, weight, rtl = false) => {
    const font = cssFont(size, weight, rtl)
    let cache = widths.get(font)
    if (!cache) widths.set(font, (cache = new Map()))
    let w = cache.get(text)
    if (w === undefined) {
      const c = canvasContext()
      if (!c) return text.length * size * 0.55
      if (c.font !== font) c.font = font
      w = c.measureText(text).width
      if (cache.size > 50_000) cache.clear()
      cache.set(text, w)
    }
    return w
  }
  return {
    measure,
    get generation() {
      return generation
    },
    clear() {
      widths.clear()
      generation++
    },
  }
}
