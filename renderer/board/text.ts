/**
 * Text on the board: measuring with a canvas context in the same font string
 * the board draws with, direction detection, and loading the bundled fonts
 * before the first layout (unicode-range fonts load only the pieces a text
 * needs, so we ask for exactly the characters on the map).
 */
import { wrapText, type WrappedText } from '../../shared/layout'
import { FONT_FAMILY, font } from './theme'

let context: CanvasRenderingContext2D | null = null
const widthCache = new Map<string, Map<string, number>>()

function ctx(): CanvasRenderingContext2D {
  if (!context) context = document.createElement('canvas').getContext('2d')!
  return context
}

/** Width of `text` in the CSS font `fontString` (cached per font). */
export function measureWidth(text: string, fontString: string): number {
  let cache = widthCache.get(fontString)
  if (!cache) widthCache.set(fontString, (cache = new Map()))
  let w = cache.get(text)
  if (w === undefined) {
    const c = ctx()
    if (c.font !== fontString) c.font = fontString
    w = c.measureText(text).width
    if (cache.size > 50_000) cache.clear()
    cache.set(text, w)
  }
  return w
}

/** Bumps whenever a font arrives: every cached measurement and wrap made before is stale. */
export let fontGeneration = 0

export function clearMeasureCache(): void {
  widthCache.clear()
  fontGeneration++
}

const RTL_CHAR = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/
const STRONG_CHAR = /[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF\u0590-\u08FF\u3040-\u30FF\u3400-\u9FFF\uAC00-\uD7AF\uFB1D-\uFDFF\uFE70-\uFEFF]/

/** The base direction of a text, as `dir="auto"` decides it: its first strong character. */
export function textDirection(text: string): 'ltr' | 'rtl' {
  const m = STRONG_CHAR.exec(text)
  return m && RTL_CHAR.test(m[0]) ? 'rtl' : 'ltr'
}

type Wrapped = WrappedText & { rtl: boolean; font: string }
const wrapCache = new Map<string, Wrapped>()
let wrapGeneration = -1

/**
 * Wrapped lines of a text in a box, with our own line breaking (Chinese has
 * no spaces). Cached: headers and labels are drawn every frame of a pan.
 */
export function wrapFor(text: string, maxWidth: number, maxLines: number, size: number, bold = false): Wrapped {
  if (wrapGeneration !== fontGeneration) {
    wrapCache.clear()
    wrapGeneration = fontGeneration
  }
  const key = `${maxWidth}|${maxLines}|${size}|${bold ? 1 : 0}|${text}`
  const hit = wrapCache.get(key)
  if (hit) return hit
  const rtl = textDirection(text) === 'rtl'
  const f = font(size, bold, rtl)
  const wrapped = { ...wrapText(text, { maxWidth, maxLines, measure: (s) => measureWidth(s, f) }), rtl, font: f }
  if (wrapCache.size > 20_000) wrapCache.clear()
  wrapCache.set(key, wrapped)
  return wrapped
}

/**
 * Loads the bundled fonts for every character the board is about to draw.
 * Resolves when they are ready (or failed: the board then draws with a
 * fallback rather than never).
 */
export async function loadFontsFor(texts: Iterable<string>, boldTexts: Iterable<string> = texts): Promise<void> {
  const sampleOf = (list: Iterable<string>) => {
    const chars = new Set<string>()
    for (const text of list) for (const ch of text) chars.add(ch)
    return chars
  }
  const regular = sampleOf(texts)
  for (const ch of regular) requestedChars.add(ch)
  // Bold is only drawn for headers (stage names, lane titles): load its pieces for their characters only.
  const bold = [...sampleOf(boldTexts)].join('') || 'A'
  const sample = [...regular].join('') || 'A'
  const families = [FONT_FAMILY.split(',')[0]!, '"Vazirmatn"', '"Noto Sans SC"']
  const loads: Promise<unknown>[] = []
  for (const family of families) {
    loads.push(document.fonts.load(`15px ${family}`, sample))
    loads.push(document.fonts.load(`700 15px ${family}`, bold))
  }
  await Promise.allSettled(loads)
}

const requestedChars = new Set<string>()

/**
 * Asks for the font pieces of characters not seen before (cheap when none
 * are new). Their arrival fires `document.fonts` loadingdone, and the board
 * re-measures.
 */
export function ensureFonts(texts: Iterable<string>): void {
  let fresh = ''
  for (const text of texts) {
    for (const ch of text) {
      if (!requestedChars.has(ch)) {
        requestedChars.add(ch)
        fresh += ch
      }
    }
  }
  if (fresh.trim()) void loadFontsFor([fresh])
}
