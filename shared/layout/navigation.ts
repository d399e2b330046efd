import { rectCenter, type Rect } from './geometry'
import type { CardLayout, MapLayout } from './types'

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
