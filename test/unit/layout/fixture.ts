import fc from 'fast-check'
import { makeCard, makeMap, type JourneyMap, type LaneKind } from '../../../shared/model'

const KINDS: LaneKind[] = ['actions', 'touchpoints', 'emotions', 'pain_points', 'teams']

/** Random maps: stage widths and lane heights across the schema range, cards scattered over cells. */
export const mapArb: fc.Arbitrary<JourneyMap> = fc
  .record({
    widths: fc.array(fc.integer({ min: 120, max: 900 }), { minLength: 1, maxLength: 6 }),
    heights: fc.array(fc.integer({ min: 60, max: 500 }), { minLength: 1, maxLength: 5 }),
    cards: fc.array(fc.record({ s: fc.nat(99), l: fc.nat(99), order: fc.integer({ min: -50, max: 50 }) }), { maxLength: 60 }),
    points: fc.array(fc.record({ s: fc.nat(99), score: fc.double({ min: -2, max: 2, noNaN: true }), onCard: fc.nat(99) }), { maxLength: 8 }),
  })
  .map(({ widths, heights, cards, points }) => {
    const map = makeMap(
      'random',
      widths.map((_, i) => ({ name: `Stage ${i}` })),
      heights.map((_, i) => ({ kind: KINDS[i % KINDS.length]!, title: `Lane ${i}` })),
    )
    map.stages.forEach((s, i) => (s.width = widths[i]!))
    map.lanes.forEach((l, i) => (l.height = heights[i]!))
    map.cards = cards.map((c) => makeCard({ stageId: map.stages[c.s % widths.length]!.id, laneId: map.lanes[c.l % heights.length]!.id, order: c.order, text: 'x' }))
    const used = new Set<string>()
    for (const p of points) {
      const stageId = map.stages[p.s % widths.length]!.id
      const card = p.onCard % 2 === 0 ? map.cards[p.onCard % Math.max(1, map.cards.length)] : undefined
      const key = `${stageId}/${card?.id ?? ''}`
      if (used.has(key)) continue
      used.add(key)
      map.emotionPoints.push({ id: `e${used.size}`, stageId: card?.stageId ?? stageId, ...(card ? { cardId: card.id } : {}), score: p.score, reason: '' })
    }
    for (let i = 1; i < map.cards.length; i += 3) {
      map.links.push({ id: `k${i}`, fromCardId: map.cards[i - 1]!.id, toCardId: map.cards[i]!.id, label: '' })
    }
    return map
  })

/** A big, deterministic map like the bench's: `count` cards over 20 stages × 8 lanes, an emotion lane, links. */
export function bigMap(count: number): JourneyMap {
  const lanes: Array<{ kind: LaneKind; title: string }> = [
    { kind: 'actions', title: 'Actions' },
    { kind: 'touchpoints', title: 'Touchpoints' },
    { kind: 'thoughts', title: 'Thoughts' },
    { kind: 'emotions', title: 'Emotions' },
    { kind: 'pain_points', title: 'Pain' },
    { kind: 'opportunities', title: 'Opportunities' },
    { kind: 'teams', title: 'Teams' },
    { kind: 'metrics', title: 'Metrics' },
  ]
  const map = makeMap('big', Array.from({ length: 20 }, (_, i) => ({ name: `Stage ${i}` })), lanes)
  map.stages.forEach((s, i) => (s.width = 280 + (i % 3) * 212))
  const cardLanes = map.lanes.filter((l) => l.kind !== 'emotions')
  let seed = 7
  const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647)
  for (let i = 0; i < count; i++) {
    const stage = map.stages[Math.floor(random() * map.stages.length)]!
    const lane = cardLanes[Math.floor(random() * cardLanes.length)]!
    map.cards.push(makeCard({ stageId: stage.id, laneId: lane.id, order: random() * 1000, text: `Card ${i}` }))
  }
  map.stages.forEach((s, i) => map.emotionPoints.push({ id: `e${i}`, stageId: s.id, score: ((i * 7) % 5) - 2, reason: '' }))
  for (let i = 0; i + 1 < count; i += 10) map.links.push({ id: `k${i}`, fromCardId: map.cards[i]!.id, toCardId: map.cards[i + 1]!.id, label: '' })
  return map
}
