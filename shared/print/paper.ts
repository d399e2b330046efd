/**
 * Paper sizes in millimetres. Sheets have both sides; plotter rolls have a
 * fixed width and a length that follows the map (cut to size after printing).
 */

export type PaperId =
  | 'a4'
  | 'a3'
  | 'a2'
  | 'a1'
  | 'a0'
  | 'letter'
  | 'legal'
  | 'tabloid'
  | 'roll24'
  | 'roll36'
  | 'roll44'
  | 'custom'

export interface SheetPaper {
  kind: 'sheet'
  id: PaperId
  /** Short side and long side, portrait. */
  widthMm: number
  heightMm: number
}

export interface RollPaper {
  kind: 'roll'
  id: PaperId
  /** The roll's fixed width; the length follows the map. */
  widthMm: number
}

export type Paper = SheetPaper | RollPaper

const INCH = 25.4

export const PAPERS: Record<Exclude<PaperId, 'custom'>, Paper> = {
  a4: { kind: 'sheet', id: 'a4', widthMm: 210, heightMm: 297 },
  a3: { kind: 'sheet', id: 'a3', widthMm: 297, heightMm: 420 },
  a2: { kind: 'sheet', id: 'a2', widthMm: 420, heightMm: 594 },
  a1: { kind: 'sheet', id: 'a1', widthMm: 594, heightMm: 841 },
  a0: { kind: 'sheet', id: 'a0', widthMm: 841, heightMm: 1189 },
  letter: { kind: 'sheet', id: 'letter', widthMm: 8.5 * INCH, heightMm: 11 * INCH },
  legal: { kind: 'sheet', id: 'legal', widthMm: 8.5 * INCH, heightMm: 14 * INCH },
  /** Tabloid in portrait, Ledger in landscape: 11 × 17 in. */
  tabloid: { kind: 'sheet', id: 'tabloid', widthMm: 11 * INCH, heightMm: 17 * INCH },
  roll24: { kind: 'roll', id: 'roll24', widthMm: 24 * INCH },
  roll36: { kind: 'roll', id: 'roll36', widthMm: 36 * INCH },
  roll44: { kind: 'roll', id: 'roll44', widthMm: 44 * INCH },
}

export const PAPER_IDS: readonly PaperId[] = [
  'a4',
  'a3',
  'a2',
  'a1',
  'a0',
  'letter',
  'legal',
  'tabloid',
  'roll24',
  'roll36',
  'roll44',
  'custom',
]

/**
 * Longest page we make: 200 inches. PDF 1.x user space stops at 14,400 units
 * (200 in) per side and viewers (Acrobat among them) refuse larger pages; a
 * longer roll print is split into several pages instead.
 */
export const MAX_PAGE_MM = 200 * INCH
/** Smallest sensible custom page. */
export const MIN_PAGE_MM = 50

export function clampPageMm(mm: number): number {
  return Math.min(MAX_PAGE_MM, Math.max(MIN_PAGE_MM, Number.isFinite(mm) ? mm : MIN_PAGE_MM))
}

/** The paper for an id; `custom` takes its size from the settings. */
export function paperFor(id: PaperId, custom?: { widthMm: number; heightMm: number }): Paper {
  if (id === 'custom') {
    const w = clampPageMm(custom?.widthMm ?? 210)
    const h = clampPageMm(custom?.heightMm ?? 297)
    return { kind: 'sheet', id, widthMm: Math.min(w, h), heightMm: Math.max(w, h) }
  }
  return PAPERS[id]
}
