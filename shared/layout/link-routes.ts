import type { Link } from '../model'
import { bezierPoint, rectCenter, type Point, type Rect } from './geometry'
import { LINK_BEND } from './metrics'
import type { CardLayout, LinkRoute, Side } from './types'

const OUTWARD: Record<Side, Point> = {
  left: { x: -1, y: 0 },
  right: { x: 1, y: 0 },
  top: { x: 0, y: -1 },
  bottom: { x: 0, y: 1 },
}

const OPPOSITE: Record<Side, Side> = { left: 'right', right: 'left', top: 'bottom', bottom: 'top' }

function sideMidpoint(rect: Rect, side: Side): Point {
  switch (side) {
    case 'left':
      return { x: rect.x, y: rect.y + rect.height / 2 }
    case 'right':
      return { x: rect.x + rect.width, y: rect.y + rect.height / 2 }
    case 'top':
      return { x: rect.x + rect.width / 2, y: rect.y }
    case 'bottom':
      return { x: rect.x + rect.width / 2, y: rect.y + rect.height }
  }
}

/**
 * Routes an arrow as one gentle cubic curve between facing edges of the two
 * cards. We chose a curve over orthogonal routing: on a dense map elbows
 * merge with the grid lines and with each other, while curves stay readable
 * as "jumps" (A → E → C) and Konva draws them natively (Arrow, bezier).
 * The exit side is the one facing the other card, judged relative to card
 * proportions so side-by-side cards link sideways and stacked ones vertically.
 */
export function routeLink(link: Link, from: CardLayout, to: CardLayout): LinkRoute {
  const a = rectCenter(from.rect)
  const b = rectCenter(to.rect)
  const dx = b.x - a.x
  const dy = b.y - a.y
  const spanX = (from.rect.width + to.rect.width) / 2
  const spanY = (from.rect.height + to.rect.height) / 2
  const sideways = Math.abs(dx) / spanX >= Math.abs(dy) / spanY
  const fromSide: Side = sideways ? (dx >= 0 ? 'right' : 'left') : dy >= 0 ? 'bottom' : 'top'
  const toSide = OPPOSITE[fromSide]
  const start = sideMidpoint(from.rect, fromSide)
  const end = sideMidpoint(to.rect, toSide)
  const bend = Math.min(LINK_BEND.max, Math.max(LINK_BEND.min, Math.hypot(end.x - start.x, end.y - start.y) * 0.4))
  const out = OUTWARD[fromSide]
  const back = OUTWARD[toSide]
  const curve = {
    from: start,
    c1: { x: start.x + out.x * bend, y: start.y + out.y * bend },
    c2: { x: end.x + back.x * bend, y: end.y + back.y * bend },
    to: end,
  }
  return {
    linkId: link.id,
    fromCardId: link.fromCardId,
    toCardId: link.toCardId,
    curve,
    fromSide,
    toSide,
    arrow: { tip: end, angle: Math.atan2(end.y - curve.c2.y, end.x - curve.c2.x) },
    labelAt: bezierPoint(curve, 0.5),
  }
}

/** Routes for every link whose two cards are laid out (dangling links are skipped). */
export function routeLinks(links: readonly Link[], cardsById: ReadonlyMap<string, CardLayout>): LinkRoute[] {
  const routes: LinkRoute[] = []
  for (const link of links) {
    const from = cardsById.get(link.fromCardId)
    const to = cardsById.get(link.toCardId)
    if (from && to && from !== to) routes.push(routeLink(link, from, to))
  }
  return routes
}

/** The arrows re-routed to notes being dragged (board rects by card id); arrows of other notes unchanged. */
export function routesWithMovedCards(layout: { links: LinkRoute[]; cardsById: ReadonlyMap<string, CardLayout> }, moved: ReadonlyMap<string, Rect>): LinkRoute[] {
  return layout.links.map((r) => {
    if (!moved.has(r.fromCardId) && !moved.has(r.toCardId)) return r
    const from = layout.cardsById.get(r.fromCardId)
    const to = layout.cardsById.get(r.toCardId)
    if (!from || !to) return r
    return routeLink(
      { id: r.linkId, fromCardId: r.fromCardId, toCardId: r.toCardId, label: '' },
      { ...from, rect: moved.get(r.fromCardId) ?? from.rect },
      { ...to, rect: moved.get(r.toCardId) ?? to.rect },
    )
  })
}
