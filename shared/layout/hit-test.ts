import { flowDropIndex, slotRect } from './cell-flow'
import { normalizeRect, rectContains, rectContainsPoint, type Point, type Rect } from './geometry'
import { cellKey } from './layout-map'
import type { CardLayout, CellLayout, MapLayout } from './types'

export interface CellHit {
  stageId: string
  laneId: string
  /** Gap index in the cell (0 = before the first card): a drop or insert position. */
  index: number
}

/** The cell under a board point, or undefined (headers, outside). */
export function cellAtPoint(layout: MapLayout, point: Point): CellLayout | undefined {
  // Stages and lanes number at most a few hundred: a scan is cheaper than keeping sorted copies.
  const column = layout.stages.find((s) => point.x >= s.x && point.x < s.x + s.width)
  const row = layout.lanes.find((l) => point.y >= l.y && point.y < l.y + l.height)
  if (!column || !row) return undefined
  return layout.cellsByKey.get(cellKey(column.stageId, row.laneId))
}

/** Which cell and gap a point falls on: the drop target, or where a double-click adds a card. */
export function hitTestCell(layout: MapLayout, point: Point): CellHit | undefined {
  const cell = cellAtPoint(layout, point)
  if (!cell) return undefined
  return { stageId: cell.stageId, laneId: cell.laneId, index: dropIndex(layout, cell, point) }
}

/** The gap index a point falls on within a given cell (also for points outside it, clamped). */
export function dropIndex(layout: MapLayout, cell: CellLayout, point: Point): number {
  return flowDropIndex(cell.rect, cell.flow, cell.cardIds.length, point, layout.direction === 'rtl')
}

/**
 * Where to draw the drop indicator for a gap: a vertical bar in the gap
 * before the card at `index` (its leading side: left in LTR, right in RTL),
 * or after the last card.
 */
export function dropIndicator(layout: MapLayout, hit: CellHit): Rect | undefined {
  const cell = layout.cellsByKey.get(cellKey(hit.stageId, hit.laneId))
  if (!cell) return undefined
  const rtl = layout.direction === 'rtl'
  const count = cell.cardIds.length
  const index = Math.min(Math.max(0, hit.index), count)
  const before = index < count || count === 0
  const slot = slotRect(cell.rect, cell.flow, before ? index : count - 1, rtl)
  const half = cell.flow.gap / 2
  const leadingIsLeft = before !== rtl
  const x = leadingIsLeft ? slot.x - half : slot.x + slot.width + half
  const thickness = Math.max(2, cell.flow.gap / 3)
  return { x: x - thickness / 2, y: slot.y, width: thickness, height: slot.height }
}

/** The card under a point (for clicks and long-presses). */
export function cardAtPoint(layout: MapLayout, point: Point): CardLayout | undefined {
  const [hit] = layout.index.query({ x: point.x, y: point.y, width: 1e-9, height: 1e-9 }).filter((c) => rectContainsPoint(c.rect, point))
  return hit as CardLayout | undefined
}

/**
 * Cards for a marquee drawn in any direction: those it touches
 * ('intersect', the default, as most whiteboards do) or wholly encloses.
 */
export function cardsInRect(layout: MapLayout, rect: Rect, mode: 'intersect' | 'contain' = 'intersect'): CardLayout[] {
  const area = normalizeRect(rect)
  const touched = layout.index.query(area) as CardLayout[]
  return mode === 'contain' ? touched.filter((c) => rectContains(area, c.rect)) : touched
}

/** Cards intersecting the viewport (board units), for culling; cost grows with what is visible, not the map. */
export function visibleCards(layout: MapLayout, viewport: Rect): CardLayout[] {
  return layout.index.query(normalizeRect(viewport)) as CardLayout[]
}

export interface DropTarget {
  hit: CellHit
  /** The bar drawn in the gap the notes would land in. */
  indicator: Rect | null
}

/** Where dragged notes would land under a point: a cell's gap, never the emotions lane (it holds a curve, not notes). */
export function dropTarget(layout: MapLayout, point: Point): DropTarget | null {
  const hit = hitTestCell(layout, point)
  if (!hit) return null
  if (layout.lanes.find((l) => l.laneId === hit.laneId)?.kind === 'emotions') return null
  return { hit, indicator: dropIndicator(layout, hit) ?? null }
}
