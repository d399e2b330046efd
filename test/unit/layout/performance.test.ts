import { describe, expect, it } from 'vitest'
import { applyCommand, editCardText, moveCards } from '../../../shared/commands'
import { layoutMap, rectsIntersect, visibleCards } from '../../../shared/layout'
import { makeProject } from '../../../shared/model'
import { bigMap } from './fixture'

/** Median wall time of `runs` calls, in ms. */
function median(runs: number, fn: () => void): number {
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    fn()
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  return times[Math.floor(times.length / 2)]!
}

// Measured and printed, never asserted on time: this machine is shared.
describe('5,000 cards', () => {
  it('lays out and culls a 5,000-card map (timings printed)', () => {
    const map = bigMap(5000)
    let layout = layoutMap(map, { direction: 'ltr' })
    for (let i = 0; i < 10; i++) layoutMap(map, { direction: i % 2 ? 'rtl' : 'ltr' }) // warm the JIT first
    const layoutMs = median(15, () => {
      layout = layoutMap(map, { direction: 'ltr' })
    })
    const rtlMs = median(5, () => layoutMap(map, { direction: 'rtl' }))
    const viewport = { x: 3000, y: 1500, width: 1280, height: 800 }
    let visible = visibleCards(layout, viewport)
    const cullUs = median(201, () => {
      visible = visibleCards(layout, viewport)
    }) * 1000
    const zoomedOut = { x: -100, y: -100, width: layout.bounds.width / 2, height: layout.bounds.height / 2 }
    const halfUs = median(51, () => visibleCards(layout, zoomedOut)) * 1000
    const bruteUs = median(51, () => layout.cards.filter((c) => rectsIntersect(c.rect, viewport))) * 1000

    const project = makeProject('p', map, new Date(0))
    const card = map.cards[2500]!
    const editMs = median(21, () => applyCommand(project, editCardText(map.id, card.id, 'typed'), 'edit'))
    const moveMs = median(21, () => applyCommand(project, moveCards(map.id, [card.id], { stageId: map.stages[0]!.id, laneId: map.lanes[0]!.id, index: 0 }), 'move'))

    console.log(
      `[layout 5000] board ${Math.round(layout.bounds.width)}×${Math.round(layout.bounds.height)}, links ${layout.links.length}; ` +
        `layoutMap ltr median ${layoutMs.toFixed(2)} ms, rtl ${rtlMs.toFixed(2)} ms; ` +
        `visibleCards 1280×800: ${visible.length} cards in ${cullUs.toFixed(1)} µs (brute force ${bruteUs.toFixed(1)} µs), ` +
        `quarter-board viewport ${halfUs.toFixed(1)} µs; ` +
        `editCardText ${editMs.toFixed(3)} ms, moveCards ${moveMs.toFixed(3)} ms`,
    )
    expect(layout.cards).toHaveLength(5000)
    expect(visible.length).toBeGreaterThan(0)
    expect(visible.map((c) => c.cardId).sort()).toEqual(
      layout.cards.filter((c) => rectsIntersect(c.rect, viewport)).map((c) => c.cardId).sort(),
    )
  })
})
