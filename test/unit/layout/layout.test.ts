import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  CARD_SIZE,
  cardAtPoint,
  cardsInRect,
  dropIndex,
  dropIndicator,
  GAPS,
  HEADER_SIZES,
  hitTestCell,
  layoutMap,
  rectContains,
  rectContainsPoint,
  rectsIntersect,
  visibleCards,
  type MapLayout,
  type Rect,
} from '../../../shared/layout'
import { makeCard, makeMap } from '../../../shared/model'
import { mapArb } from './fixture'

const ltr = (map: Parameters<typeof layoutMap>[0]) => layoutMap(map, { direction: 'ltr' })
const rtl = (map: Parameters<typeof layoutMap>[0]) => layoutMap(map, { direction: 'rtl' })
const both = (map: Parameters<typeof layoutMap>[0]) => [ltr(map), rtl(map)]
const mirrored = (r: Rect, width: number) => ({ ...r, x: width - r.x - r.width })

function cellOf(layout: MapLayout, stageId: string, laneId: string) {
  return layout.cells.find((c) => c.stageId === stageId && c.laneId === laneId)!
}

describe('layoutMap', () => {
  it('lays out every card exactly once, inside its own cell, with no two cards overlapping', () => {
    fc.assert(
      fc.property(mapArb, (map) => {
        for (const layout of both(map)) {
          expect(layout.cards).toHaveLength(map.cards.length)
          expect(new Set(layout.cards.map((c) => c.cardId)).size).toBe(map.cards.length)
          for (const card of layout.cards) {
            expect(card.card.stageId).toBe(card.stageId)
            expect(rectContains(cellOf(layout, card.stageId, card.laneId).rect, card.rect)).toBe(true)
          }
          const cards = layout.cards
          for (let i = 0; i < cards.length; i++) {
            for (let j = i + 1; j < cards.length; j++) expect(rectsIntersect(cards[i]!.rect, cards[j]!.rect)).toBe(false)
          }
        }
      }),
    )
  })

  it('shows each cell in order, then id', () => {
    const map = makeMap('m', [{ name: 'S' }], [{ kind: 'actions', title: 'A' }])
    map.stages[0]!.width = 700
    const cell = { stageId: map.stages[0]!.id, laneId: map.lanes[0]!.id }
    map.cards = [
      { ...makeCard({ ...cell, order: 2, text: 'third' }), id: 'c' },
      { ...makeCard({ ...cell, order: 1, text: 'second' }), id: 'b' },
      { ...makeCard({ ...cell, order: 1, text: 'first' }), id: 'a' },
    ]
    const layout = ltr(map)
    expect(cellOf(layout, cell.stageId, cell.laneId).cardIds).toEqual(['a', 'b', 'c'])
    const xs = ['a', 'b', 'c'].map((id) => layout.cardsById.get(id)!.rect.x)
    expect(xs[0]! < xs[1]! && xs[1]! < xs[2]!).toBe(true) // three columns fit in 700, left to right
    const rxs = ['a', 'b', 'c'].map((id) => rtl(map).cardsById.get(id)!.rect.x)
    expect(rxs[0]! > rxs[1]! && rxs[1]! > rxs[2]!).toBe(true) // and right to left in RTL
  })

  it('mirrors LTR exactly in RTL: x becomes boardWidth − x − width, y stays', () => {
    fc.assert(
      fc.property(mapArb, (map) => {
        const a = ltr(map)
        const b = rtl(map)
        const width = a.bounds.width
        expect(b.bounds).toEqual(a.bounds)
        expect(b.corner).toEqual(mirrored(a.corner, width))
        a.stages.forEach((s, i) => {
          expect(b.stages[i]!.header).toEqual(mirrored(s.header, width))
          expect(b.stages[i]!.name).toEqual(mirrored(s.name, width))
        })
        a.lanes.forEach((l, i) => expect(b.lanes[i]!.header).toEqual(mirrored(l.header, width)))
        for (const card of a.cards) expect(b.cardsById.get(card.cardId)!.rect).toEqual(mirrored(card.rect, width))
        a.emotionCurves.forEach((curve, i) => {
          const other = b.emotionCurves[i]!
          const expected = curve.points.map((p) => ({ x: width - p.x, y: p.y })).sort((p, q) => p.x - q.x)
          other.points.forEach((p, k) => {
            expect(p.x).toBeCloseTo(expected[k]!.x, 6)
            expect(p.y).toBeCloseTo(expected[k]!.y, 6)
          })
        })
      }),
    )
  })

  it('puts stage 0 on the left with lane headers on the left in LTR, and both on the right in RTL', () => {
    const map = makeMap('m', [{ name: 'A' }, { name: 'B' }], [{ kind: 'actions', title: 'L' }])
    const a = ltr(map)
    expect(a.stages[0]!.x).toBe(HEADER_SIZES.laneHeader)
    expect(a.lanes[0]!.header.x).toBe(0)
    const b = rtl(map)
    expect(b.stages[0]!.x + b.stages[0]!.width).toBe(b.bounds.width - HEADER_SIZES.laneHeader)
    expect(b.stages[0]!.x).toBeGreaterThan(b.stages[1]!.x)
    expect(b.lanes[0]!.header.x + b.lanes[0]!.header.width).toBe(b.bounds.width)
  })

  it('grows a lane to fit its fullest cell, never below its own height, and no taller than needed', () => {
    fc.assert(
      fc.property(mapArb, (map) => {
        const layout = ltr(map)
        layout.lanes.forEach((row, i) => {
          const lane = map.lanes[i]!
          expect(row.height).toBeGreaterThanOrEqual(lane.height)
          const inLane = layout.cards.filter((c) => c.laneId === row.laneId)
          const lowest = Math.max(...inLane.map((c) => c.rect.y + c.rect.height), -Infinity)
          if (inLane.length > 0) expect(lowest + GAPS.cellPadding).toBeLessThanOrEqual(row.y + row.height + 1e-9)
          // Grown beyond its own height only as far as the lowest card plus padding.
          if (row.height > lane.height) expect(lowest + GAPS.cellPadding).toBeCloseTo(row.y + row.height, 9)
        })
        const total = layout.lanes.reduce((sum, l) => sum + l.height, 0)
        expect(layout.bounds.height).toBe(layout.metrics.stageHeaderHeight + total)
        expect(layout.bounds.width).toBe(HEADER_SIZES.laneHeader + map.stages.reduce((sum, s) => sum + s.width, 0))
      }),
    )
  })

  it('shrinks notes in stages narrower than a note, keeping them inside', () => {
    const map = makeMap('m', [{ name: 'narrow' }], [{ kind: 'actions', title: 'L' }])
    map.stages[0]!.width = 120
    map.cards = [makeCard({ stageId: map.stages[0]!.id, laneId: map.lanes[0]!.id, order: 0 })]
    const card = ltr(map).cards[0]!
    expect(card.rect.width).toBe(120 - 2 * GAPS.cellPadding)
    expect(card.rect.height).toBe(CARD_SIZE.height)
  })

  it('grows the stage header band when a text measure says the goals wrap', () => {
    const map = makeMap('m', [{ name: 'A', customerGoal: 'long '.repeat(40) }], [{ kind: 'actions', title: 'L' }])
    const measure = (text: string, width: number) => Math.ceil((text.length * 8) / width) * 20
    const plain = ltr(map)
    const measured = layoutMap(map, { direction: 'ltr', measure })
    expect(plain.metrics.stageHeaderHeight).toBe(HEADER_SIZES.stageHeader)
    expect(measured.metrics.stageHeaderHeight).toBeGreaterThan(HEADER_SIZES.stageHeader)
    const stage = measured.stages[0]!
    expect(stage.customerGoal.height).toBe(measure(map.stages[0]!.customerGoal, stage.customerGoal.width))
    expect(stage.businessGoal.y + stage.businessGoal.height).toBeLessThanOrEqual(stage.header.y + stage.header.height)
    expect(measured.lanes[0]!.y).toBe(measured.metrics.stageHeaderHeight)
  })
})

describe('hit testing', () => {
  it('round-trips with card rects: a card centre hits its cell at its index, its trailing edge at the next gap', () => {
    fc.assert(
      fc.property(mapArb, (map) => {
        for (const layout of both(map)) {
          const trailing = layout.direction === 'rtl' ? -1 : 1
          for (const card of layout.cards) {
            const centre = { x: card.rect.x + card.rect.width / 2, y: card.rect.y + card.rect.height / 2 }
            expect(hitTestCell(layout, centre)).toEqual({ stageId: card.stageId, laneId: card.laneId, index: card.index })
            const late = { x: centre.x + trailing * card.rect.width * 0.3, y: centre.y }
            expect(hitTestCell(layout, late)?.index).toBe(card.index + 1)
            expect(cardAtPoint(layout, centre)?.cardId).toBe(card.cardId)
          }
        }
      }),
    )
  })

  it('finds the cell of any point in the grid and nothing in the headers', () => {
    fc.assert(
      fc.property(mapArb, fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (map, u, v) => {
        for (const layout of both(map)) {
          const point = { x: u * layout.bounds.width, y: v * layout.bounds.height }
          const hit = hitTestCell(layout, point)
          const cell = layout.cells.find((c) => rectContainsPoint(c.rect, point))
          expect(hit && { stageId: hit.stageId, laneId: hit.laneId }).toEqual(cell && { stageId: cell.stageId, laneId: cell.laneId })
          if (hit && cell) expect(hit.index).toBeLessThanOrEqual(cell.cardIds.length)
        }
      }),
    )
    const layout = ltr(makeMap('m', [{ name: 'A' }], [{ kind: 'actions', title: 'L' }]))
    expect(hitTestCell(layout, { x: 5, y: 5 })).toBeUndefined()
    expect(hitTestCell(layout, { x: -1, y: 300 })).toBeUndefined()
  })

  it('gives an empty cell index 0 and the area below the last card the end', () => {
    const map = makeMap('m', [{ name: 'A' }], [{ kind: 'actions', title: 'L' }, { kind: 'touchpoints', title: 'T' }])
    map.cards = [0, 1].map((order) => makeCard({ stageId: map.stages[0]!.id, laneId: map.lanes[0]!.id, order }))
    const layout = ltr(map)
    const [full, empty] = [layout.cells[0]!, layout.cells[1]!]
    expect(dropIndex(layout, empty, { x: empty.rect.x + 50, y: empty.rect.y + 50 })).toBe(0)
    expect(dropIndex(layout, full, { x: full.rect.x + 50, y: full.rect.y + full.rect.height - 2 })).toBe(2)
    const bar = dropIndicator(layout, { stageId: full.stageId, laneId: full.laneId, index: 1 })!
    const second = layout.cards[1]!.rect
    expect(bar.y).toBe(second.y)
    expect(bar.x + bar.width / 2).toBeCloseTo(second.x - GAPS.card / 2, 9)
  })

  it('visibleCards equals a brute-force filter for any viewport', () => {
    fc.assert(
      fc.property(
        mapArb,
        fc.record({
          x: fc.double({ min: -500, max: 5000, noNaN: true }),
          y: fc.double({ min: -500, max: 3000, noNaN: true }),
          width: fc.double({ min: 0, max: 4000, noNaN: true }),
          height: fc.double({ min: 0, max: 3000, noNaN: true }),
        }),
        (map, viewport) => {
          for (const layout of both(map)) {
            const fast = visibleCards(layout, viewport).map((c) => c.cardId).sort()
            const slow = layout.cards.filter((c) => rectsIntersect(c.rect, viewport)).map((c) => c.cardId).sort()
            expect(fast).toEqual(slow)
          }
        },
      ),
      { numRuns: 200 },
    )
  })

  it('selects by marquee drawn in any direction, touching or enclosing', () => {
    fc.assert(
      fc.property(mapArb, fc.nat(), (map, n) => {
        const layout = ltr(map)
        const card = layout.cards[n % Math.max(1, layout.cards.length)]
        if (!card) return
        const r = card.rect
        // Dragged from bottom-right to top-left, slightly larger than the card.
        const marquee = { x: r.x + r.width + 1, y: r.y + r.height + 1, width: -(r.width + 2), height: -(r.height + 2) }
        expect(cardsInRect(layout, marquee, 'contain').map((c) => c.cardId)).toEqual([card.cardId])
        const sliver = { x: r.x + r.width - 1, y: r.y + 1, width: 0.5, height: 0.5 }
        expect(cardsInRect(layout, sliver).map((c) => c.cardId)).toEqual([card.cardId])
        expect(cardsInRect(layout, sliver, 'contain')).toEqual([])
      }),
    )
  })
})
