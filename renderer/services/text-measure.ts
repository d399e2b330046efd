/**
 * Measuring text with a canvas context in the exact font strings every
 * surface draws with (shared/look cssFont). The board keeps one measure for
 * its life and clears it when a font piece arrives; a print job takes a
 * fresh one after its fonts are loaded, so no width measured with a fallback
 * face can reach paper.
 */
import { cssFont, type FontMeasure } from '../../shared/look'

let context: CanvasRenderingContext2D | null = null
/** The font last set on the context (reading ctx.font back gives a normalized string that never equals ours). */
let contextFont = ''

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

/** One entry per font (size, weight, direction): wrapping measures a line many times, so no string is built per call. */
interface FontWidths {
  font: string
  widths: Map<string, number>
}

export function createTextMeasure(): TextMeasure {
  const byFont = new Map<number, FontWidths>()
  let generation = 0
  const measure: FontMeasure = (text, size, weight, rtl = false) => {
    const key = size * 4 + (weight === 700 ? 2 : 0) + (rtl ? 1 : 0)
    let entry = byFont.get(key)
    if (!entry) byFont.set(key, (entry = { font: cssFont(size, weight, rtl), widths: new Map() }))
    const cache = entry.widths
    let w = cache.get(text)
    if (w === undefined) {
      const c = canvasContext()
      if (!c) return text.length * size * 0.55
      if (contextFont !== entry.font) c.font = contextFont = entry.font
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
      byFont.clear()
      generation++
    },
  }
}
