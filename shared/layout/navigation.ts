import { rectCenter, rectsIntersect, type Rect } from './geometry'
import { cellAtPoint } from './hit-test'
import { cellKey } from './layout-map'
import type { CardLayout, CellLayout, MapLayout } from './types'

export type ArrowDirection = 'left' | 'right' | 'up' | 'down'

const AXIS: Record<ArrowDirection, { x: number; y: number }> = {
  left: { x: -1, y: 0 },
  right: { x: 1, y: 0 },
  up: { x: 0, y: -1 },
  down: { x: 0, y: 1 },
}

/**
 * The card an arrow key moves the selection to: the nearest card whose
 * centre lies that way on screen (so ← is left in RTL maps too). Sideways
 * offset counts double, so ↓ prefers the card below over one diagonally.
 */
export function neighbourCard(layout: MapLayout, fromCardId: string, direction: ArrowDirection): CardLayout | undefined {
  const from = layout.cardsById.get(fromCardId)
  if (!from) return undefined
  const origin = rectCenter(from.rect)
  const axis = AXIS[direction]
  let best: CardLayout | undefined
  let bestScore = Infinity
  for (const card of layout.cards) {
    if (card === from) continue
    const c = rectCenter(card.rect)
    const dx = c.x - origin.x
    const dy = c.y - origin.y
    const along = dx * axis.x + dy * axis.y
    if (along <= 1e-6) continue
    const across = Math.abs(dx * axis.y - dy * axis.x)
    const score = along + 2 * across
    if (score < bestScore) {
      bestScore = score
      best = card
    }
  }
  return best
}

/** The box around some cards (for "zoom to selection"); undefined when none is laid out. */
export function cardsBounds(layout: MapLayout, cardIds: Iterable<string>): Rect | undefined {
  let minX = Infinity
  let minY = Infinity
  let maxX = -Infinity
  let maxY = -Infinity
  for (const id of cardIds) {
    const rect = layout.cardsById.get(id)?.rect
    if (!rect) continue
    minX = Math.min(minX, rect.x)
    minY = Math.min(minY, rect.y)
    maxX = Math.max(maxX, rect.x + rect.width)
    maxY = Math.max(maxY, rect.y + rect.height)
  }
  return minX === Infinity ? undefined : { x: minX, y: minY, width: maxX - minX, height: maxY - minY }
}

export interface CellRef {
  stageId: string
  laneId: string
}

/** The neighbouring cell an arrow key moves a selected cell to (← is left on screen, also in RTL maps). */
export function neighbourCell(layout: MapLayout, from: CellRef, direction: ArrowDirection): CellLayout | undefined {
  const here = layout.cellsByKey.get(cellKey(from.stageId, from.laneId))
  if (!here) return undefined
  const r = here.rect
  const centre = rectCenter(r)
  const probe =
    direction === 'left'
      ? { x: r.x - 1, y: centre.y }
      : direction === 'right'
        ? { x: r.x + r.width + 1, y: centre.y }
        : direction === 'up'
          ? { x: centre.x, y: r.y - 1 }
          : { x: centre.x, y: r.y + r.height + 1 }
  return cellAtPoint(layout, probe)
}

export interface InsertionPoint extends CellRef {
  /** Gap index in the cell; undefined = at the end. */
  index?: number
  afterCardId?: string
}

/**
 * Where a paste or a new note goes: the selected cell; after the last
 * selected note; else the first note-holding cell in view (never the
 * emotions lane, which holds a curve).
 */
export function insertionPoint(layout: MapLayout, selection: { cardIds: readonly string[]; cell: CellRef | null }, view: Rect): InsertionPoint | null {
  if (selection.cell) return { ...selection.cell }
  const lastId = selection.cardIds[selection.cardIds.length - 1]
  const laid = lastId ? layout.cardsById.get(lastId) : undefined
  if (laid) return { stageId: laid.stageId, laneId: laid.laneId, index: laid.index + 1, afterCardId: laid.cardId }
  const holdsNotes = (c: CellLayout) => layout.lanes.find((l) => l.laneId === c.laneId)?.kind !== 'emotions'
  const cell = layout.cells.find((c) => holdsNotes(c) && rectsIntersect(c.rect, view)) ?? layout.cells.find(holdsNotes) ?? layout.cells[0]
  return cell ? { stageId: cell.stageId, laneId: cell.laneId } : null
}
