import { describe, expect, it } from 'vitest'
import { cardsBounds, layoutMap, neighbourCard, resolveDirection } from '../../../shared/layout'
import { makeCard, makeMap } from '../../../shared/model'

function grid() {
  // Two stages × two lanes; stage A holds two cards side by side in lane 1.
  const map = makeMap('m', [{ name: 'A' }, { name: 'B' }], [{ kind: 'actions', title: '1' }, { kind: 'touchpoints', title: '2' }])
  map.stages[0]!.width = 500
  const [a, b] = map.stages.map((s) => s.id) as [string, string]
  const [one, two] = map.lanes.map((l) => l.id) as [string, string]
  map.cards = [
    { ...makeCard({ stageId: a, laneId: one, order: 0 }), id: 'a1' },
    { ...makeCard({ stageId: a, laneId: one, order: 1 }), id: 'a1b' },
    { ...makeCard({ stageId: b, laneId: one, order: 0 }), id: 'b1' },
    { ...makeCard({ stageId: a, laneId: two, order: 0 }), id: 'a2' },
  ]
  return map
}

describe('keyboard navigation between cards', () => {
  it('moves by what is on screen, also in RTL', () => {
    const ltr = layoutMap(grid(), { direction: 'ltr' })
    expect(neighbourCard(ltr, 'a1', 'right')?.cardId).toBe('a1b')
    expect(neighbourCard(ltr, 'a1b', 'right')?.cardId).toBe('b1')
    expect(neighbourCard(ltr, 'a1', 'down')?.cardId).toBe('a2')
    expect(neighbourCard(ltr, 'a1', 'left')).toBeUndefined()
    const rtl = layoutMap(grid(), { direction: 'rtl' })
    expect(neighbourCard(rtl, 'a1', 'left')?.cardId).toBe('a1b') // reading order runs leftwards
    expect(neighbourCard(rtl, 'a1', 'right')).toBeUndefined()
  })

  it('bounds a selection for zoom-to-selection', () => {
    const layout = layoutMap(grid(), { direction: 'ltr' })
    const a1 = layout.cardsById.get('a1')!.rect
    const a2 = layout.cardsById.get('a2')!.rect
    expect(cardsBounds(layout, ['a1', 'a2', 'gone'])).toEqual({ x: a1.x, y: a1.y, width: a1.width, height: a2.y + a2.height - a1.y })
    expect(cardsBounds(layout, [])).toBeUndefined()
  })
})

describe('resolveDirection', () => {
  it('lets a map fix its direction and otherwise follows the UI', () => {
    expect(resolveDirection('auto', 'rtl')).toBe('rtl')
    expect(resolveDirection('ltr', 'rtl')).toBe('ltr')
    expect(resolveDirection('rtl', 'ltr')).toBe('rtl')
  })
})
