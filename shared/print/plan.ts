/**
 * Print planning: pure math from the poster's size (board units) and the
 * user's settings to pages, scale and tiles. The print view draws exactly
 * what this returns; the tests check the same numbers against the PDF.
 */
import type { Rect } from '../layout'
import { sheetLabel } from './labels'
import { MAX_PAGE_MM, paperFor, type PaperId } from './paper'

export type Orientation = 'portrait' | 'landscape' | 'auto'

export type ScaleMode =
  | { kind: 'fit' }
  | { kind: 'sheetsWide'; sheets: number }
  /** A fixed scale, given as the printed width of one sticky note. */
  | { kind: 'cardWidth'; mm: number }

export interface PrintSettings {
  paper: PaperId
  custom?: { widthMm: number; heightMm: number }
  orientation: Orientation
  marginMm: number
  /** Glue margin shared by neighbouring sheets of a tiled poster. */
  overlapMm: number
  scale: ScaleMode
  cropMarks: boolean
  assemblyPage: boolean
}

export const DEFAULT_PRINT_SETTINGS: PrintSettings = {
  paper: 'a4',
  orientation: 'auto',
  marginMm: 10,
  overlapMm: 10,
  scale: { kind: 'fit' },
  cropMarks: true,
  assemblyPage: true,
}

export interface SizeMm {
  width: number
  height: number
}

export interface Tile {
  row: number
  column: number
  /** "B3": row letter + column number. */
  label: string
  neighbours: { top: string | null; bottom: string | null; left: string | null; right: string | null }
  /** The part of the poster on this sheet, in board units. */
  window: Rect
}

export interface PrintPlan {
  /** Every page of the job has this size (tiles and the assembly page alike). */
  page: SizeMm
  orientation: 'portrait' | 'landscape'
  marginMm: number
  /** Printable area of a page: the page less its margins. */
  content: SizeMm
  /** Millimetres per board unit. */
  mmPerUnit: number
  /** The whole poster at that scale. */
  poster: SizeMm
  rows: number
  columns: number
  /** 0 on a one-sheet print. */
  overlapMm: number
  tiles: Tile[]
  /** An overview of the whole poster with the sheet grid; null on a one-sheet print. */
  assembly: { mmPerUnit: number; offset: { x: number; y: number }; size: SizeMm } | null
  cropMarks: boolean
  /** Total pages: tiles + assembly page. */
  pageCount: number
}

/** Room at the top of the assembly page for its heading, in mm. */
export const ASSEMBLY_HEADING_MM = 14
const EPS = 1e-6

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, Number.isFinite(value) ? value : min))
}

/** How many sheets of `content` mm, overlapping by `overlap`, cover `length` mm. */
function sheetsFor(length: number, content: number, overlap: number): number {
  if (length <= content + EPS) return 1
  return Math.max(1, Math.ceil((length - overlap) / (content - overlap) - EPS))
}

function planOriented(poster: SizeMm, settings: PrintSettings, portrait: boolean, cardUnits: number): PrintPlan {
  const paper = paperFor(settings.paper, settings.custom)
  const shortSide = paper.widthMm
  const margin = clamp(settings.marginMm, 0, shortSide / 4)
  const limit = MAX_PAGE_MM - 2 * margin
  const mode = settings.scale
  let overlap = clamp(settings.overlapMm, 0, 50)

  let pageW: number
  let pageH: number
  let scale: number
  if (paper.kind === 'sheet') {
    pageW = portrait ? paper.widthMm : paper.heightMm
    pageH = portrait ? paper.heightMm : paper.widthMm
    const cw = pageW - 2 * margin
    const ch = pageH - 2 * margin
    overlap = Math.min(overlap, Math.min(cw, ch) / 3)
    if (mode.kind === 'fit') scale = Math.min(cw / poster.width, ch / poster.height)
    else if (mode.kind === 'sheetsWide') {
      const n = Math.max(1, Math.round(mode.sheets))
      scale = (n * cw - (n - 1) * overlap) / poster.width
    } else scale = clamp(mode.mm, 5, 500) / cardUnits
  } else {
    // A roll: the roll's width is fixed, the length follows the poster (up to the PDF page limit).
    const across = paper.widthMm - 2 * margin
    const posterAcross = portrait ? poster.width : poster.height
    const posterAlong = portrait ? poster.height : poster.width
    overlap = Math.min(overlap, across / 3)
    if (mode.kind === 'fit') scale = Math.min(across / posterAcross, limit / posterAlong)
    else if (mode.kind === 'sheetsWide') {
      const n = Math.max(1, Math.round(mode.sheets))
      scale = (n * across - (n - 1) * overlap) / posterAcross
    } else scale = clamp(mode.mm, 5, 500) / cardUnits
    const along = Math.min(posterAlong * scale, limit)
    pageW = (portrait ? across : along) + 2 * margin
    pageH = (portrait ? along : across) + 2 * margin
  }

  const content = { width: pageW - 2 * margin, height: pageH - 2 * margin }
  const posterMm = { width: poster.width * scale, height: poster.height * scale }
  const columns = sheetsFor(posterMm.width, content.width, overlap)
  const rows = sheetsFor(posterMm.height, content.height, overlap)
  const tiled = rows * columns > 1
  const usedOverlap = tiled ? overlap : 0
  const tiles: Tile[] = []
  const label = (r: number, c: number) => (r >= 0 && r < rows && c >= 0 && c < columns ? sheetLabel(r, c) : null)
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++) {
      tiles.push({
        row: r,
        column: c,
        label: sheetLabel(r, c),
        neighbours: { top: label(r - 1, c), bottom: label(r + 1, c), left: label(r, c - 1), right: label(r, c + 1) },
        window: {
          x: (c * (content.width - usedOverlap)) / scale,
          y: (r * (content.height - usedOverlap)) / scale,
          width: content.width / scale,
          height: content.height / scale,
        },
      })
    }
  }
  let assembly: PrintPlan['assembly'] = null
  if (tiled && settings.assemblyPage) {
    const room = { width: content.width, height: Math.max(1, content.height - ASSEMBLY_HEADING_MM) }
    const s = Math.min(room.width / poster.width, room.height / poster.height)
    const size = { width: poster.width * s, height: poster.height * s }
    assembly = {
      mmPerUnit: s,
      offset: { x: (room.width - size.width) / 2, y: ASSEMBLY_HEADING_MM + (room.height - size.height) / 2 },
      size,
    }
  }
  return {
    page: { width: pageW, height: pageH },
    orientation: portrait ? 'portrait' : 'landscape',
    marginMm: margin,
    content,
    mmPerUnit: scale,
    poster: posterMm,
    rows,
    columns,
    overlapMm: usedOverlap,
    tiles,
    assembly,
    cropMarks: tiled && settings.cropMarks,
    pageCount: tiles.length + (assembly ? 1 : 0),
  }
}

/**
 * Plans a print of a poster `poster` board units large. `cardUnits` is a
 * sticky note's width in board units (for the fixed card-width scale). With
 * orientation 'auto' the orientation needing fewer pages wins, then the
 * one printing larger.
 */
export function planPrint(poster: SizeMm, settings: PrintSettings, cardUnits: number): PrintPlan {
  const safe = { width: Math.max(1, poster.width), height: Math.max(1, poster.height) }
  if (settings.orientation !== 'auto') return planOriented(safe, settings, settings.orientation === 'portrait', cardUnits)
  const p = planOriented(safe, settings, true, cardUnits)
  const l = planOriented(safe, settings, false, cardUnits)
  if (p.pageCount !== l.pageCount) return p.pageCount < l.pageCount ? p : l
  return l.mmPerUnit > p.mmPerUnit + EPS ? l : p
}

/** Where each sheet's overlap strips are, in page mm (for tests and the glue marks). */
export function overlapStrips(plan: PrintPlan, tile: Tile): { right: Rect | null; bottom: Rect | null } {
  const m = plan.marginMm
  const o = plan.overlapMm
  const { width, height } = plan.content
  return {
    right: tile.neighbours.right ? { x: m + width - o, y: m, width: o, height } : null,
    bottom: tile.neighbours.bottom ? { x: m, y: m + height - o, width, height: o } : null,
  }
}
