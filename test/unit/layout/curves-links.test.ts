import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { bezierPoint, layoutMap, monotoneCurve, scoreFromY, scoreToY, type Point, type Rect } from '../../../shared/layout'
import { makeCard, makeMap } from '../../../shared/model'
import { mapArb } from './fixture'

function onEdge(rect: Rect, p: Point): boolean {
  const eps = 1e-9
  const insideX = p.x >= rect.x - eps && p.x <= rect.x + rect.width + eps
  const insideY = p.y >= rect.y - eps && p.y <= rect.y + rect.height + eps
  const onVertical = Math.abs(p.x - rect.x) < eps || Math.abs(p.x - rect.x - rect.width) < eps
  const onHorizontal = Math.abs(p.y - rect.y) < eps || Math.abs(p.y - rect.y - rect.height) < eps
  return insideX && insideY && (onVertical || onHorizontal)
}

describe('emotion curve', () => {
  it('places one point per stage centre with +2 on top and −2 at the bottom of the lane', () => {
    const map = makeMap('m', [{ name: 'A' }, { name: 'B' }, { name: 'C' }], [{ kind: 'emotions', title: 'E' }])
    map.emotionPoints = map.stages.map((s, i) => ({ id: `e${i}`, stageId: s.id, score: [2, -2, 0][i]!, reason: '' }))
    for (const direction of ['ltr', 'rtl'] as const) {
      const layout = layoutMap(map, { direction })
      const [curve] = layout.emotionCurves
      expect(curve).toBeDefined()
      const byStage = new Map(curve!.points.map((p) => [p.point.stageId, p]))
      layout.stages.forEach((column) => expect(byStage.get(column.stageId)!.x).toBe(column.x + column.width / 2))
      const lane = layout.lanes[0]!
      const [top, bottom, zero] = map.stages.map((s) => byStage.get(s.id)!.y)
      expect(top).toBeGreaterThan(lane.y)
      expect(bottom).toBeLessThan(lane.y + lane.height)
      expect(top).toBeLessThan(zero!)
      expect(zero).toBeLessThan(bottom!)
      expect(zero).toBe(curve!.zeroY)
      expect(curve!.segments).toHaveLength(2)
      expect(curve!.segments[0]!.from).toEqual({ x: curve!.points[0]!.x, y: curve!.points[0]!.y })
    }
  })

  it('puts a point that carries a card on that card’s column', () => {
    const map = makeMap('m', [{ name: 'A' }], [{ kind: 'touchpoints', title: 'T' }, { kind: 'emotions', title: 'E' }])
    map.stages[0]!.width = 700
    const cards = [0, 1, 2].map((order) => makeCard({ stageId: map.stages[0]!.id, laneId: map.lanes[0]!.id, order }))
    map.cards = cards
    map.emotionPoints = [{ id: 'e1', stageId: map.stages[0]!.id, cardId: cards[2]!.id, score: 1, reason: '' }]
    const layout = layoutMap(map, { direction: 'ltr' })
    const rect = layout.cardsById.get(cards[2]!.id)!.rect
    expect(layout.emotionCurves[0]!.points[0]!.x).toBe(rect.x + rect.width / 2)
  })

  it('never overshoots: every segment stays between its two points (so inside the lane)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ dx: fc.double({ min: 0, max: 400, noNaN: true }), y: fc.double({ min: 0, max: 300, noNaN: true }) }), { minLength: 2, maxLength: 12 }),
        (raw) => {
          let x = 0
          const points = raw.map((p) => ({ x: (x += p.dx), y: p.y }))
          const segments = monotoneCurve(points)
          expect(segments).toHaveLength(points.length - 1)
          segments.forEach((s, k) => {
            const low = Math.min(points[k]!.y, points[k + 1]!.y) - 1e-9
            const high = Math.max(points[k]!.y, points[k + 1]!.y) + 1e-9
            for (const t of [0, 0.1, 0.25, 0.5, 0.75, 0.9, 1]) {
              const p = bezierPoint(s, t)
              expect(p.y).toBeGreaterThanOrEqual(low)
              expect(p.y).toBeLessThanOrEqual(high)
            }
            expect(s.to).toEqual(points[k + 1])
          })
        },
      ),
    )
  })

  it('converts scores to y and back (for dragging points)', () => {
    const area = { x: 0, y: 100, width: 500, height: 200 }
    fc.assert(
      fc.property(fc.double({ min: -2, max: 2, noNaN: true }), (score) => {
        expect(scoreFromY(area, scoreToY(area, score))).toBeCloseTo(score, 9)
      }),
    )
    expect(scoreFromY(area, -1000)).toBe(2)
    expect(scoreFromY(area, 1000)).toBe(-2)
  })
})

describe('link routes', () => {
  it('runs from an edge of the source card to an edge of the target card, arrow tip on the target', () => {
    fc.assert(
      fc.property(mapArb, (map) => {
        for (const direction of ['ltr', 'rtl'] as const) {
          const layout = layoutMap(map, { direction })
          expect(layout.links).toHaveLength(map.links.filter((l) => l.fromCardId !== l.toCardId).length)
          for (const route of layout.links) {
            const from = layout.cardsById.get(route.fromCardId)!.rect
            const to = layout.cardsById.get(route.toCardId)!.rect
            expect(onEdge(from, route.curve.from)).toBe(true)
            expect(onEdge(to, route.curve.to)).toBe(true)
            expect(route.arrow.tip).toEqual(route.curve.to)
            expect(Number.isFinite(route.arrow.angle)).toBe(true)
          }
        }
      }),
    )
  })

  it('links side-by-side cards sideways and stacked cards vertically, pointing into the target', () => {
    const map = makeMap('m', [{ name: 'A' }, { name: 'B' }], [{ kind: 'actions', title: 'L' }, { kind: 'touchpoints', title: 'T' }])
    const a = makeCard({ stageId: map.stages[0]!.id, laneId: map.lanes[0]!.id, order: 0 })
    const b = makeCard({ stageId: map.stages[1]!.id, laneId: map.lanes[0]!.id, order: 0 })
    const c = makeCard({ stageId: map.stages[0]!.id, laneId: map.lanes[1]!.id, order: 0 })
    map.cards = [a, b, c]
    map.links = [
      { id: 'ab', fromCardId: a.id, toCardId: b.id, label: '' },
      { id: 'ac', fromCardId: a.id, toCardId: c.id, label: '' },
    ]
    const ltr = layoutMap(map, { direction: 'ltr' })
    expect(ltr.links.map((l) => [l.fromSide, l.toSide])).toEqual([
      ['right', 'left'],
      ['bottom', 'top'],
    ])
    expect(ltr.links[0]!.arrow.angle).toBeCloseTo(0, 9) // pointing right, into b's left edge
    expect(ltr.links[1]!.arrow.angle).toBeCloseTo(Math.PI / 2, 9) // pointing down
    const rtl = layoutMap(map, { direction: 'rtl' })
    expect(rtl.links[0]!.fromSide).toBe('left') // stage B lies to the left in RTL
  })
})
