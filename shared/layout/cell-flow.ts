import type { Point, Rect } from './geometry'

/**
 * How cards flow inside one cell: a grid of as many columns as fit the stage
 * width, filled row by row in reading order (from the right in RTL). The
 * grid is centred horizontally so a one-column stage looks balanced.
 */
export interface CellFlow {
  columns: number
  cardWidth: number
  cardHeight: number
  gap: number
  padding: number
  /** Distance from the cell's start edge (left in LTR, right in RTL) to the first column. */
  startInset: number
}

export function cellFlow(stageWidth: number, card: { width: number; height: number }, gap: number, padding: number): CellFlow {
  const inner = Math.max(1, stageWidth - 2 * padding)
  // Narrow stages shrink the note rather than let it stick out of its column.
  const cardWidth = Math.min(card.width, inner)
  const columns = Math.max(1, Math.floor((inner + gap) / (cardWidth + gap)))
  const used = columns * cardWidth + (columns - 1) * gap
  return { columns, cardWidth, cardHeight: card.height, gap, padding, startInset: (stageWidth - used) / 2 }
}

/** Height a cell needs for `count` cards (0 for an empty cell: the lane's own height rules). */
export function neededHeight(flow: CellFlow, count: number): number {
  if (count === 0) return 0
  const rows = Math.ceil(count / flow.columns)
  return 2 * flow.padding + rows * flow.cardHeight + (rows - 1) * flow.gap
}

/** The rectangle of slot `index` in a cell. */
export function slotRect(cell: Rect, flow: CellFlow, index: number, rtl: boolean): Rect {
  const column = index % flow.columns
  const row = Math.floor(index / flow.columns)
  const along = flow.startInset + column * (flow.cardWidth + flow.gap)
  const x = rtl ? cell.x + cell.width - along - flow.cardWidth : cell.x + along
  return { x, y: cell.y + flow.padding + row * (flow.cardHeight + flow.gap), width: flow.cardWidth, height: flow.cardHeight }
}

/**
 * The gap index a point falls on among `count` cards: on a card's leading
 * half (its centre included) the drop goes before it, on the trailing half
 * after it. Points past the last row or column clamp to the end.
 */
export function flowDropIndex(cell: Rect, flow: CellFlow, count: number, point: Point, rtl: boolean): number {
  if (count === 0) return 0
  const stepY = flow.cardHeight + flow.gap
  const stepX = flow.cardWidth + flow.gap
  const row = Math.max(0, Math.floor((point.y - cell.y - flow.padding + flow.gap / 2) / stepY))
  const along = rtl ? cell.x + cell.width - flow.startInset - point.x : point.x - cell.x - flow.startInset
  const column = Math.min(flow.columns - 1, Math.max(0, Math.floor((along + flow.gap / 2) / stepX)))
  const intoCard = (along - column * stepX) / flow.cardWidth
  const index = row * flow.columns + column + (intoCard > 0.5 ? 1 : 0)
  return Math.min(count, Math.max(0, index))
}
