/**
 * Fonts for printing: the bundled faces (renderer/fonts.ts) are split by
 * unicode-range, so the browser only fetches the pieces a text needs — and
 * only once something on screen uses them. Before measuring or printing we
 * ask for exactly the characters the print will show, in every face and
 * weight it uses, and wait for them: a PDF must never be made with a
 * fallback font or measured with one.
 */
import { fontFamilyFor, type FontMeasure } from '../../shared/print'

const FAMILIES = ['Noto Sans', 'Vazirmatn', 'Noto Sans SC']
const WEIGHTS = [400, 700] as const

export async function loadFontsFor(texts: Iterable<string>): Promise<void> {
  const chars = new Set<string>()
  for (const text of texts) for (const ch of text) if (ch > ' ') chars.add(ch)
  const sample = [...chars].join('') || 'A'
  const jobs: Promise<unknown>[] = []
  for (const family of FAMILIES) {
    for (const weight of WEIGHTS) jobs.push(document.fonts.load(`${weight} 16px "${family}"`, sample).catch(() => []))
  }
  await Promise.all(jobs)
  await document.fonts.ready
}

/** Canvas text measuring in the print font, cached per (size, weight, text). */
export function createMeasure(): FontMeasure {
  const ctx = document.createElement('canvas').getContext('2d')
  const cache = new Map<string, number>()
  return (text, size, weight, rtl = false) => {
    if (!ctx) return text.length * size * 0.55
    const key = `${weight}|${size}|${rtl ? 1 : 0}|${text}`
    const hit = cache.get(key)
    if (hit !== undefined) return hit
    const font = `${weight} ${size}px ${fontFamilyFor(rtl)}`
    if (ctx.font !== font) ctx.font = font
    const width = ctx.measureText(text).width
    cache.set(key, width)
    return width
  }
}
