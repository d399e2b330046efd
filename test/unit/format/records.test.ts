/**
 * The reading pipeline checks records one by one and fills defaults in place
 * instead of one zod call over the whole project. These tests hold it to
 * zod's own answer, and pin the pieces that keep reading linear.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { parseJourney } from '../../../shared/format'
import { capLists } from '../../../shared/format/repair/caps'
import { outputIsInput } from '../../../shared/format/repair/defaults'
import { freshId } from '../../../shared/format/repair/integrity'
import { RepairLog } from '../../../shared/format/repair/log'
import { checkRecord } from '../../../shared/format/repair/records'
import { unwrapField, defOf } from '../../../shared/format/repair/schema-info'
import { PROJECT_PLACE, startRepair } from '../../../shared/format/repair/shape'
import { schemaLists } from '../../../shared/format/repair/structure'
import { Project } from '../../../shared/model'
import { arbProject } from './arbitraries'

/** Removes, at random, fields the schema would fill with a default: what older or hand-made files look like. */
function dropDefaults(schema: z.ZodType, value: unknown, random: () => number): void {
  if (typeof value !== 'object' || value === null) return
  if (Array.isArray(value)) {
    const element = defOf(schema).element
    if (element) for (const item of value) dropDefaults(element, item, random)
    return
  }
  const record = value as Record<string, unknown>
  for (const [key, field] of Object.entries(defOf(schema).shape ?? {})) {
    const { presence, inner } = unwrapField(field)
    if (record[key] === undefined) continue
    if (presence === 'default' && random() < 0.5) delete record[key]
    else dropDefaults(inner, record[key], random)
  }
}

function seeded(seed: number): () => number {
  let s = seed >>> 0 || 1
  return () => {
    s ^= s << 13
    s ^= s >>> 17
    s ^= s << 5
    return (s >>> 0) / 2 ** 32
  }
}

describe('record-by-record checking', () => {
  it("gives exactly zod's output for any valid project, with or without its defaults written", () => {
    fc.assert(
      fc.property(arbProject, fc.integer(), (p, seed) => {
        const input = JSON.parse(JSON.stringify(p)) as unknown
        dropDefaults(Project, input, seeded(seed))
        const expected = Project.parse(structuredClone(input))
        const log = new RepairLog()
        const checked = checkRecord(Project, input, PROJECT_PLACE, startRepair({ log, nowIso: '2026-01-01T00:00:00.000Z' }))
        expect(checked.ok).toBe(true)
        if (checked.ok) expect(checked.value).toEqual(expected)
        expect(log.lines()).toEqual([])
      }),
      { numRuns: 150 },
    )
  })

  it('knows which schemas only check (their output is the input plus defaults)', () => {
    expect(outputIsInput(Project)).toBe(true)
    expect(outputIsInput(z.looseObject({ a: z.string().default('') }))).toBe(true)
    // A plain z.object() drops unknown fields, trim() rewrites, a transform computes: zod's output is used.
    expect(outputIsInput(z.object({ a: z.string() }))).toBe(false)
    expect(outputIsInput(z.looseObject({ a: z.string().trim() }))).toBe(false)
    expect(outputIsInput(z.looseObject({ a: z.string().transform((s) => s.length) }))).toBe(false)
    expect(outputIsInput(z.looseObject({ n: z.coerce.number() }))).toBe(false)
  })

  it('finds every list of the model in the schemas, with its limit', () => {
    const lists = schemaLists(Project).map((l) => `${l.path.join('.')}≤${l.max}`)
    for (const expected of [
      'maps≤200',
      'maps.*.stages≤500',
      'maps.*.lanes≤200',
      'maps.*.cards≤100000',
      'maps.*.links≤100000',
      'maps.*.emotionPoints≤100000',
      'maps.*.actionItems≤100000',
      'personas≤1000',
      'teams≤1000',
      'channels≤1000',
      'metricDefinitions≤1000',
      'snapshots≤1000',
      'assets≤500',
      'maps.*.cards.*.tags≤50',
      'maps.*.cards.*.teamIds≤200',
      'maps.*.cards.*.metrics≤100',
      'maps.*.stages.*.teamRoles≤200',
      'maps.*.stages.*.metrics≤100',
      'snapshots.*.map.cards≤100000',
    ]) {
      expect(lists).toContain(expected)
    }
  })
})

describe('linear-time building blocks', () => {
  it('cuts a long list before anything else, with one line saying what was dropped', () => {
    const doc = { maps: [{ stages: Array.from({ length: 50_005 }, () => ({ id: 's' })) }, { stages: [] }] }
    const log = new RepairLog()
    capLists(Project, doc, log)
    expect(doc.maps[0]?.stages).toHaveLength(500)
    expect(log.lines()).toEqual(['Kept the first 500 of 50,005 stages'])

    const many = { maps: [0, 1, 2].map(() => ({ cards: [{ tags: Array.from({ length: 70 }, (_, i) => `t${i}`) }] })) }
    const log2 = new RepairLog()
    capLists(Project, many, log2)
    expect(log2.lines()).toEqual(['Kept the first 50 tags in each of 3 cards (60 more were dropped)'])
  })

  it('gives 50,000 copies of one id fresh ids in one pass, never colliding', () => {
    const taken = new Set(['x', 'x-3'])
    const counters = new Map<string, number>()
    const ids: string[] = []
    for (let i = 0; i < 50_000; i++) {
      const id = freshId('x', taken, counters)
      taken.add(id)
      ids.push(id)
    }
    expect(ids.slice(0, 3)).toEqual(['x-2', 'x-4', 'x-5'])
    expect(new Set(ids).size).toBe(50_000)
    // One counter per stem: the last id is found right after the one before, not by searching from 2.
    expect(counters.get('x')).toBe(50_003)
  })

  it('gives long ids that differ only past the cut one shared counter', () => {
    const taken = new Set<string>()
    const counters = new Map<string, number>()
    const base = 'a'.repeat(60)
    const first = freshId(`${base}1111`, taken, counters)
    taken.add(first)
    const second = freshId(`${base}2222`, taken, counters)
    expect(first).not.toBe(second)
    expect(first.length).toBeLessThanOrEqual(64)
    expect(counters.size).toBe(1)
  })

  it('reports a record that is dropped as dropped only, not also as half repaired', () => {
    const doc = {
      format: 'journeywall',
      version: 1,
      project: {
        id: 'p',
        name: 'P',
        createdAt: '2026-01-01T00:00:00.000Z',
        updatedAt: '2026-01-01T00:00:00.000Z',
        maps: [{ id: 'm', name: 'M', stages: [{ id: 's', name: 'S' }], lanes: [{ id: 'l', kind: 'free', title: 'L' }], cards: [{}, {}, { text: 5 }] }],
      },
    }
    const result = parseJourney(new TextEncoder().encode(JSON.stringify(doc)))
    if (!result.ok) throw new Error(result.problem.message)
    expect(result.repairs).toEqual(['Removed 3 cards that were damaged beyond repair'])
  })
})
