/**
 * The board's pure kernels: what a press picks, where dragged notes, stages
 * and lanes land, where the controls sit. The interaction states only route
 * pointers to these, so their behaviour is pinned down here, without a canvas.
 */
import { describe, expect, it } from 'vitest'
import {
  addButtons,
  boardExtent,
  dropTarget,
  emotionPlaceholders,
  faceRadius,
  hitTestBoard,
  insertionPoint,
  layoutMap,
  linkAtPoint,
  linkHandle,
  neighbourCell,
  previewCurve,
  rectCenter,
  rectContains,
  reorderTarget,
  resizeTarget,
  routesWithMovedCards,
  scoreToY,
  snapScore,
  type MapLayout,
} from '../../../shared/layout'
import { makeCard, makeMap, type JourneyMap } from '../../../shared/model'

/** 3 stages × (actions, emotions, pain points); two notes in stage 1 actions, one in stage 2, an arrow between. */
function sample(): JourneyMap {
  const map = makeMap(
    'm',
    [{ name: 'A' }, { name: 'B' }, { name: 'C' }],
    [
      { kind: 'actions', title: 'Actions' },
      { kind: 'emotions', title: 'Feelings' },
      { kind: 'pain_points', title: 'Pain' },
    ],
  )
  const [s1, s2] = map.stages
  const actions = map.lanes[0]!
  map.cards = [
    { ...makeCard({ stageId: s1!.id, laneId: actions.id, order: 1, text: 'one' }), id: 'c1' },
    { ...makeCard({ stageId: s1!.id, laneId: actions.id, order: 2, text: 'two' }), id: 'c2' },
    { ...makeCard({ stageId: s2!.id, laneId: actions.id, order: 1, text: 'three' }), id: 'c3' },
  ]
  map.links = [{ id: 'k1', fromCardId: 'c1', toCardId: 'c3', label: '' }]
  map.emotionPoints = [{ id: 'e1', stageId: s1!.id, score: 1, reason: '' }]
  return map
}

const directions = ['ltr', 'rtl'] as const

describe('hitTestBoard', () => {
  it.each(directions)('picks what a person pressed, in priority order (%s)', (direction) => {
    const map = sample()
    const layout = layoutMap(map, { direction })
    const at = (p: { x: number; y: number }, handleCardId: string | null = null) => hitTestBoard(layout, map, p, { scale: 1, handleCardId })
    const c1 = layout.cardsById.get('c1')!

    expect(at(rectCenter(c1.rect))).toMatchObject({ kind: 'card', laid: { cardId: 'c1' } })
    // The arrow handle wins over the note it sits on, but only when shown.
    const handle = linkHandle(layout, 'c1', 1)!
    expect(at(handle.center, 'c1')).toEqual({ kind: 'link-handle', cardId: 'c1' })
    expect(at(handle.center).kind).not.toBe('link-handle')

    const curve = layout.emotionCurves[0]!
    const point = curve.points[0]!
    expect(at(point)).toMatchObject({ kind: 'emotion', pointId: 'e1', placeholder: false, score: 1 })
    // Stages 2 and 3 have no point yet: their hollow places on the neutral line are grabbable.
    const ghost = emotionPlaceholders(layout, map).find((g) => g.stageId === map.stages[2]!.id)!
    expect(at(ghost)).toMatchObject({ kind: 'emotion', pointId: `ghost:${map.stages[2]!.id}`, placeholder: true, score: 0 })

    const stage = layout.stages[1]!
    expect(at({ x: stage.x + stage.width / 2, y: 20 })).toEqual({ kind: 'stage', stageId: stage.stageId })
    const trailing = direction === 'rtl' ? stage.x : stage.x + stage.width
    expect(at({ x: trailing + 2, y: 20 })).toEqual({ kind: 'stage-edge', stageId: stage.stageId })

    const lane = layout.lanes[2]!
    expect(at({ x: lane.header.x + lane.header.width / 2, y: lane.y + lane.height / 2 })).toEqual({ kind: 'lane', laneId: lane.laneId })
    expect(at({ x: lane.header.x + lane.header.width / 2, y: lane.y + lane.height - 3 })).toEqual({ kind: 'lane-edge', laneId: lane.laneId })

    const buttons = addButtons(layout, 1)
    expect(at(rectCenter(buttons.stage))).toEqual({ kind: 'add-stage' })
    expect(at(rectCenter(buttons.lane))).toEqual({ kind: 'add-lane' })

    const painCell = layout.cellsByKey.get(`${map.stages[2]!.id}\u0000${lane.laneId}`)!
    expect(at(rectCenter(painCell.rect))).toEqual({ kind: 'cell', hit: { stageId: map.stages[2]!.id, laneId: lane.laneId, index: 0 } })
    expect(at({ x: -5000, y: -5000 })).toEqual({ kind: 'none' })
  })

  it('keeps grab reaches finger-sized on screen when zoomed out', () => {
    const map = sample()
    const layout = layoutMap(map, { direction: 'ltr' })
    const point = layout.emotionCurves[0]!.points[0]!
    // 20 screen px away at 25 %: 80 board units, still within the face's reach.
    expect(hitTestBoard(layout, map, { x: point.x, y: point.y + 80 }, { scale: 0.25 }).kind).toBe('emotion')
    expect(hitTestBoard(layout, map, { x: point.x, y: point.y + 80 }, { scale: 1 }).kind).not.toBe('emotion')
    expect(faceRadius(0.25).hit * 0.25).toBeGreaterThanOrEqual(22)
    expect(addButtons(layout, 0.25).stage.width * 0.25).toBeGreaterThanOrEqual(10)
  })
})

describe('links and handles', () => {
  it.each(directions)('the arrow handle sits on the trailing edge of the note (%s)', (direction) => {
    const layout = layoutMap(sample(), { direction })
    const rect = layout.cardsById.get('c1')!.rect
    const h = linkHandle(layout, 'c1', 1)!
    expect(h.center.y).toBeCloseTo(rect.y + rect.height / 2)
    if (direction === 'ltr') expect(h.center.x).toBeGreaterThan(rect.x + rect.width)
    else expect(h.center.x).toBeLessThan(rect.x)
    expect(linkHandle(layout, 'nope', 1)).toBeNull()
  })

  it('finds an arrow near its curve, and none away from it', () => {
    const layout = layoutMap(sample(), { direction: 'ltr' })
    const route = layout.links[0]!
    expect(linkAtPoint(layout, route.labelAt, 1)?.linkId).toBe('k1')
    expect(linkAtPoint(layout, { x: route.labelAt.x, y: route.labelAt.y + 400 }, 1)).toBeUndefined()
  })

  it('re-routes only the arrows of notes being dragged', () => {
    const layout = layoutMap(sample(), { direction: 'ltr' })
    const rect = layout.cardsById.get('c3')!.rect
    const moved = new Map([['c3', { ...rect, y: rect.y + 300 }]])
    const [route] = routesWithMovedCards(layout, moved)
    expect(route!.arrow.tip.y).toBeGreaterThan(layout.links[0]!.arrow.tip.y + 100)
    expect(routesWithMovedCards(layout, new Map([['c2', rect]]))[0]).toBe(layout.links[0])
  })
})

describe('drop target', () => {
  it('lands in the gap under the pointer, never in the emotions lane', () => {
    const map = sample()
    const layout = layoutMap(map, { direction: 'ltr' })
    const c2 = layout.cardsById.get('c2')!
    const target = dropTarget(layout, { x: c2.rect.x + 5, y: c2.rect.y + 5 })!
    expect(target.hit).toEqual({ stageId: map.stages[0]!.id, laneId: map.lanes[0]!.id, index: 1 })
    expect(target.indicator!.height).toBe(c2.rect.height)
    const emotions = layout.lanes[1]!
    expect(dropTarget(layout, { x: layout.stages[0]!.x + 30, y: emotions.y + 30 })).toBeNull()
    expect(dropTarget(layout, { x: -100, y: -100 })).toBeNull()
  })
})

describe('reorder and resize', () => {
  it.each(directions)('a stage dragged past the next one lands after it, counted in reading order (%s)', (direction) => {
    const layout = layoutMap(sample(), { direction })
    const [a, b, c] = layout.stages
    const past = (s: typeof b) => (direction === 'ltr' ? s!.x + s!.width * 0.75 : s!.x + s!.width * 0.25)
    expect(reorderTarget(layout, 'stage', a!.stageId, { x: past(b), y: 10 }, 6)!.toIndex).toBe(1)
    expect(reorderTarget(layout, 'stage', a!.stageId, { x: past(c), y: 10 }, 6)!.toIndex).toBe(2)
    expect(reorderTarget(layout, 'stage', c!.stageId, { x: past(a) + (direction === 'ltr' ? -a!.width : a!.width), y: 10 }, 6)!.toIndex).toBe(0)
    const bar = reorderTarget(layout, 'stage', a!.stageId, { x: past(b), y: 10 }, 6)!.indicator
    expect(bar.width).toBe(6)
    expect(bar.height).toBe(layout.bounds.height)
  })

  it('a lane dragged below the last one lands last', () => {
    const layout = layoutMap(sample(), { direction: 'ltr' })
    const first = layout.lanes[0]!
    const target = reorderTarget(layout, 'lane', first.laneId, { x: 10, y: layout.bounds.height - 5 }, 4)!
    expect(target.toIndex).toBe(2)
    expect(target.indicator.y).toBeCloseTo(layout.bounds.height - 2)
    expect(reorderTarget(layout, 'lane', 'nope', { x: 0, y: 0 }, 4)).toBeNull()
  })

  it.each(directions)('a dragged header edge sets a whole size within the limits (%s)', (direction) => {
    const layout = layoutMap(sample(), { direction })
    const s = layout.stages[0]!
    const edge = (width: number) => (direction === 'ltr' ? s.x + width : s.x + s.width - width)
    expect(resizeTarget(layout, 'stage', s.stageId, { x: edge(412.4), y: 0 })!.size).toBe(412)
    expect(resizeTarget(layout, 'stage', s.stageId, { x: edge(3), y: 0 })!.size).toBe(120)
    const guide = resizeTarget(layout, 'stage', s.stageId, { x: edge(500), y: 0 })!.guide
    expect(guide.width).toBe(500)
    if (direction === 'rtl') expect(guide.x + guide.width).toBe(s.x + s.width)
    else expect(guide.x).toBe(s.x)
    const lane = layout.lanes[0]!
    expect(resizeTarget(layout, 'lane', lane.laneId, { x: 0, y: lane.y + 10 })!.size).toBe(60)
    expect(resizeTarget(layout, 'lane', lane.laneId, { x: 0, y: lane.y + 99999 })!.size).toBe(4000)
  })
})

describe('navigation and insertion', () => {
  it.each(directions)('arrow keys move a selected cell on screen (← is left, also in RTL) (%s)', (direction) => {
    const map = sample()
    const layout = layoutMap(map, { direction })
    const from = { stageId: map.stages[1]!.id, laneId: map.lanes[0]!.id }
    const left = neighbourCell(layout, from, 'left')!
    expect(left.stageId).toBe(map.stages[direction === 'ltr' ? 0 : 2]!.id)
    expect(neighbourCell(layout, from, 'down')!.laneId).toBe(map.lanes[1]!.id)
    expect(neighbourCell(layout, from, 'up')).toBeUndefined()
  })

  it('a new note goes to the selected cell, after the selected note, or the first note cell in view', () => {
    const map = sample()
    const layout = layoutMap(map, { direction: 'ltr' })
    const everything = layout.bounds
    const cell = { stageId: map.stages[2]!.id, laneId: map.lanes[2]!.id }
    expect(insertionPoint(layout, { cardIds: [], cell }, everything)).toEqual(cell)
    expect(insertionPoint(layout, { cardIds: ['c1'], cell: null }, everything)).toEqual({ stageId: map.stages[0]!.id, laneId: map.lanes[0]!.id, index: 1, afterCardId: 'c1' })
    // Only the emotions and pain rows in view: the emotions lane is skipped.
    const lowerRows = { x: 0, y: layout.lanes[1]!.y + 1, width: layout.bounds.width, height: layout.bounds.height }
    expect(insertionPoint(layout, { cardIds: [], cell: null }, lowerRows)!.laneId).toBe(map.lanes[2]!.id)
  })

  it('zoom to fit takes in the add buttons', () => {
    for (const direction of directions) {
      const layout = layoutMap(sample(), { direction })
      const extent = boardExtent(layout)
      const buttons = addButtons(layout, 1)
      expect(rectContains(extent, layout.bounds)).toBe(true)
      expect(rectContains(extent, buttons.stage)).toBe(true)
      expect(rectContains(extent, buttons.lane)).toBe(true)
    }
  })
})

describe('emotion drag preview', () => {
  function curveOf(map: JourneyMap): MapLayout['emotionCurves'][number] {
    return layoutMap(map, { direction: 'ltr' }).emotionCurves[0]!
  }

  it('moves the dragged point to its new score and keeps the others', () => {
    const map = sample()
    map.emotionPoints.push({ id: 'e2', stageId: map.stages[1]!.id, score: -1, reason: '' })
    const curve = curveOf(map)
    const preview = previewCurve(curve, { pointId: 'e1', score: -2 })
    expect(preview.points.map((p) => [p.point.id, p.score])).toEqual([
      ['e1', -2],
      ['e2', -1],
    ])
    expect(preview.points[0]!.y).toBeCloseTo(scoreToY(curve.area, -2))
    expect(preview.segments).toHaveLength(1)
  })

  it('a placeholder being dragged joins the curve in x order', () => {
    const map = sample()
    const curve = curveOf(map)
    const layout = layoutMap(map, { direction: 'ltr' })
    const ghost = emotionPlaceholders(layout, map)[0]!
    const preview = previewCurve(curve, { pointId: ghost.id, score: 1.5, placeholder: { stageId: ghost.stageId, x: ghost.x } })
    expect(preview.points).toHaveLength(2)
    expect(preview.points.map((p) => p.x)).toEqual([...preview.points.map((p) => p.x)].sort((a, b) => a - b))
    expect(preview.segments).toHaveLength(1)
  })

  it('scores snap to half steps', () => {
    expect([1.24, 1.26, -0.74, -2].map(snapScore)).toEqual([1, 1.5, -0.5, -2])
  })
})
