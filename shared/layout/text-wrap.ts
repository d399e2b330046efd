/**
 * Line breaking for card text, shared by the board and the printout so both
 * cut a note at the same places. Konva (and SVG) only wrap at spaces; Chinese
 * has no spaces, so break opportunities come from Intl.Segmenter's word
 * boundaries, with punctuation kept on the line it closes. Text is wrapped in
 * logical order; right-to-left display is the renderer's job.
 */

/** Width of a string in the font being drawn (canvas measureText, or a test double). */
export type Measure = (text: string) => number

export interface WrapOptions {
  maxWidth: number
  maxLines: number
  measure: Measure
  locale?: string
  ellipsis?: string
}

export interface WrappedText {
  lines: string[]
  /** True when text had to be cut and the last line ends with the ellipsis. */
  truncated: boolean
}

const wordSegmenters = new Map<string, Intl.Segmenter>()
const graphemeSegmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' })

function wordSegmenter(locale: string | undefined): Intl.Segmenter {
  const key = locale ?? ''
  let segmenter = wordSegmenters.get(key)
  if (!segmenter) wordSegmenters.set(key, (segmenter = new Intl.Segmenter(locale, { granularity: 'word' })))
  return segmenter
}

function graphemes(text: string): string[] {
  return Array.from(graphemeSegmenter.segment(text), (s) => s.segment)
}

/**
 * Pieces that may not be split: a word with the spaces after it, and any
 * punctuation glued to the word before it (no line starts with "," or "。").
 */
export function breakUnits(paragraph: string, locale?: string): string[] {
  const units: string[] = []
  for (const { segment, isWordLike } of wordSegmenter(locale).segment(paragraph)) {
    const isSpace = /^\s+$/u.test(segment)
    const last = units.length - 1
    if (last >= 0 && (isSpace || (!isWordLike && !/^\s/u.test(segment)))) units[last] += segment
    else units.push(segment)
  }
  return units
}

/** Splits a unit too wide for any line into grapheme runs that fit. */
function splitWide(unit: string, maxWidth: number, measure: Measure): string[] {
  const out: string[] = []
  let line = ''
  for (const g of graphemes(unit)) {
    if (line && measure(line + g) > maxWidth) {
      out.push(line)
      line = g
    } else line += g
  }
  if (line) out.push(line)
  return out
}

function wrapParagraph(paragraph: string, maxWidth: number, measure: Measure, locale?: string): string[] {
  if (paragraph.trim() === '') return ['']
  const lines: string[] = []
  let line = ''
  for (const unit of breakUnits(paragraph, locale)) {
    const candidate = line + unit
    if (measure(candidate.trimEnd()) <= maxWidth) {
      line = candidate
      continue
    }
    if (line) lines.push(line.trimEnd())
    const start = line ? unit.trimStart() : unit
    if (measure(start.trimEnd()) <= maxWidth) {
      line = start
    } else {
      const pieces = splitWide(start.trimEnd(), maxWidth, measure)
      lines.push(...pieces.slice(0, -1))
      line = pieces[pieces.length - 1] ?? ''
    }
  }
  if (line.trimEnd() || lines.length === 0) lines.push(line.trimEnd())
  return lines
}

/** Cuts the last line so that it plus the ellipsis fits. */
function withEllipsis(line: string, maxWidth: number, measure: Measure, ellipsis: string): string {
  const parts = graphemes(line.trimEnd())
  while (parts.length > 0 && measure(parts.join('') + ellipsis) > maxWidth) parts.pop()
  return parts.join('').trimEnd() + ellipsis
}

export function wrapText(text: string, options: WrapOptions): WrappedText {
  const { maxWidth, maxLines, measure, locale } = options
  const ellipsis = options.ellipsis ?? '…'
  if (maxLines <= 0 || maxWidth <= 0) return { lines: [], truncated: text.length > 0 }
  const all: string[] = []
  // Trailing empty lines carry nothing worth a line on a sticky note, so they don't count.
  const contentLines = () => {
    let n = all.length
    while (n > 0 && all[n - 1] === '') n--
    return n
  }
  for (const paragraph of text.replace(/\r\n?/g, '\n').split('\n')) {
    all.push(...wrapParagraph(paragraph, maxWidth, measure, locale))
    // Enough to know the note is full: stop measuring the rest of a long text.
    if (contentLines() > maxLines) break
  }
  all.length = contentLines()
  if (all.length <= maxLines) return { lines: all, truncated: false }
  const lines = all.slice(0, maxLines)
  lines[maxLines - 1] = withEllipsis(lines[maxLines - 1] ?? '', maxWidth, measure, ellipsis)
  return { lines, truncated: true }
}
