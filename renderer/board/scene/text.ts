/**
 * The board's text: one canvas measure for its life (cleared when a font
 * piece arrives) and a cache of wrapped header and label text, which is
 * drawn on every frame of a pan. Wrapping itself is shared/look's, the same
 * the printout uses.
 */
import { wrapLines, type FontWeight, type WrappedLines } from '../../../shared/look'
import { createTextMeasure } from '../../services/text-measure'

export const boardText = createTextMeasure()

const wraps = new Map<string, WrappedLines>()
let wrapGeneration = -1

/** Wrapped lines of a text in a box, cached per generation of the measure. */
export function wrapFor(text: string, maxWidth: number, maxLines: number, size: number, weight: FontWeight = 400, locale?: string): WrappedLines {
  if (wrapGeneration !== boardText.generation) {
    wraps.clear()
    wrapGeneration = boardText.generation
  }
  const key = `${maxWidth}|${maxLines}|${size}|${weight}|${locale ?? ''}|${text}`
  let hit = wraps.get(key)
  if (!hit) {
    hit = wrapLines(text, maxWidth, maxLines, { size, weight }, boardText.measure, locale)
    if (wraps.size > 20_000) wraps.clear()
    wraps.set(key, hit)
  }
  return hit
}
