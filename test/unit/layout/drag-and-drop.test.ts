import { describe, expect, it } from 'vitest'
import { applyCommand, moveCards } from '../../../shared/commands'
import { hitTestCell, layoutMap, rectCenter } from '../../../shared/layout'
import { makeCard, makeMap, makeProject } from '../../../shared/model'

// The board's drag loop: hit-test the pointer, then move the card to that gap.
describe('drop index and moveCards agree', () => {
  it.each(['ltr', 'rtl'] as const)('dropping a card on another card’s leading half puts it just before that card (%s)', (direction) => {
    const map = makeMap('m', [{ name: 'A' }, { name: 'B' }], [{ kind: 'actions', title: 'L' }])
    map.stages[0]!.width = 700
    const cell = { stageId: map.stages[0]!.id, laneId: map.lanes[0]!.id }
    map.cards = ['a', 'b', 'c', 'd', 'e'].map((text, order) => ({ ...makeCard({ ...cell, order, text }), id: text }))
    const project = makeProject('p', map, new Date(0))
    const order = (p: typeof project) => layoutMap(p.maps[0]!, { direction }).cells[0]!.cardIds

    for (const [dragged, target, expected] of [
      ['a', 'd', ['b', 'c', 'a', 'd', 'e']],
      ['e', 'b', ['a', 'e', 'b', 'c', 'd']],
      ['c', 'c', ['a', 'b', 'c', 'd', 'e']],
    ] as const) {
      const layout = layoutMap(map, { direction })
      const hit = hitTestCell(layout, rectCenter(layout.cardsById.get(target)!.rect))!
      const moved = applyCommand(project, moveCards(map.id, [dragged], hit), 'move').project
      expect(order(moved)).toEqual(expected)
    }
  })
})
