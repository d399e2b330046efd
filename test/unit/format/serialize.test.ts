import { describe, expect, it } from 'vitest'
import { CURRENT_FORMAT_VERSION, parseJourney, serializeJourney, serializeJourneyBytes } from '../../../shared/format'
import { makeCard, makeMap, makeProject, type Project } from '../../../shared/model'

function sample(): Project {
  const map = makeMap('Checkout', [{ name: 'Buy' }, { name: 'Wait' }], [{ kind: 'actions', title: 'Actions' }])
  const [stage] = map.stages
  const [lane] = map.lanes
  if (!stage || !lane) throw new Error('factory gave no stage or lane')
  map.cards.push(makeCard({ stageId: stage.id, laneId: lane.id, order: 1, text: 'پرداخت با کارت' }))
  return makeProject('Demo', map, new Date('2026-02-01T10:00:00Z'))
}

describe('serializeJourney', () => {
  it('writes the container with format and version first, 2-space indent and a final newline', () => {
    const text = serializeJourney(sample())
    expect(text.startsWith(`{\n  "format": "journeywall",\n  "version": ${CURRENT_FORMAT_VERSION},\n  "project": {\n    "`)).toBe(true)
    expect(text.endsWith('}\n')).toBe(true)
    expect(text.endsWith('\n\n')).toBe(false)
  })

  it('sorts keys at every level, whatever order they were added in', () => {
    const p = sample()
    const card = p.maps[0]?.cards[0]
    if (!card) throw new Error('no card')
    const reordered = { ...p, maps: [{ ...p.maps[0], cards: [Object.fromEntries(Object.entries(card).reverse())] }] } as Project
    const text = serializeJourney(reordered)
    expect(text).toBe(serializeJourney(p))
    // JSON.parse keeps the text's key order, so the parsed objects show it.
    let objects = 0
    const check = (v: unknown): void => {
      if (Array.isArray(v)) return v.forEach(check)
      if (!v || typeof v !== 'object') return
      objects++
      const keys = Object.keys(v)
      expect(keys).toEqual([...keys].sort())
      Object.values(v).forEach(check)
    }
    check((JSON.parse(text) as { project: unknown }).project)
    expect(objects).toBeGreaterThan(5)
  })

  it('keeps array order (stage and card order mean something)', () => {
    const p = sample()
    const map = p.maps[0]
    if (!map) throw new Error('no map')
    const names = map.stages.map((s) => s.name)
    map.stages.reverse()
    const reopened = parseJourney(serializeJourneyBytes(p))
    expect(reopened.ok && reopened.project.maps[0]?.stages.map((s) => s.name)).toEqual([...names].reverse())
  })

  it('keeps unknown fields, sorted like the rest', () => {
    const p = { ...sample(), zFuture: { b: 1, a: [3, 2, 1] } } as Project
    const text = serializeJourney(p)
    expect(text).toContain('"zFuture": {\n      "a": [\n        3,\n        2,\n        1\n      ],\n      "b": 1\n    }')
    const reopened = parseJourney(new TextEncoder().encode(text))
    expect(reopened.ok && (reopened.project as Record<string, unknown>).zFuture).toEqual({ a: [3, 2, 1], b: 1 })
  })

  it('leaves out undefined optional fields instead of writing null', () => {
    const p = sample()
    const card = p.maps[0]?.cards[0]
    if (!card) throw new Error('no card')
    card.channelId = undefined
    expect(serializeJourney(p)).not.toContain('channelId')
  })

  it('never writes a key that would reach the prototype', () => {
    const p = sample()
    Object.defineProperty(p, '__proto__', { value: { polluted: true }, enumerable: true })
    expect(serializeJourney(p)).not.toContain('__proto__')
  })

  it('encodes as UTF-8 without a BOM, same text as serializeJourney', () => {
    const p = sample()
    const bytes = serializeJourneyBytes(p)
    expect([...bytes.slice(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf])
    expect(new TextDecoder().decode(bytes)).toBe(serializeJourney(p))
    expect(new TextDecoder().decode(bytes)).toContain('پرداخت با کارت')
  })

  it('does not modify the project it writes', () => {
    const p = sample()
    const before = structuredClone(p)
    serializeJourney(p)
    expect(p).toEqual(before)
    expect(Object.keys(p)).toEqual(Object.keys(before))
  })
})
