/**
 * Property: take any valid project, damage it the ways files get damaged or
 * made hostile — delete, retype, duplicate, reorder and splice anything at
 * any depth — and read it. Reading never throws; a project it opens passes
 * the schema, and saved and read again it comes back the same, with nothing
 * left to repair.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseJourney, serializeJourney, serializeJourneyBytes, type ParseResult } from '../../../shared/format'
import { Project } from '../../../shared/model'
import { arbProject } from './arbitraries'

type Json = unknown
type Container = Record<string, Json> | Json[]

type Mutation =
  | { kind: 'delete'; at: number }
  | { kind: 'retype'; at: number; value: Json }
  | { kind: 'duplicate'; at: number; item: number; copies: number }
  | { kind: 'reorder'; at: number; seed: number }
  | { kind: 'splice'; at: number; start: number; remove: number; insert: Json[] }

const arbJunk = fc.jsonValue({ maxDepth: 2 })

const arbMutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('retype' as const), at: fc.nat(), value: arbJunk }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), item: fc.nat(), copies: fc.integer({ min: 1, max: 6 }) }),
  fc.record({ kind: fc.constant('reorder' as const), at: fc.nat(), seed: fc.integer() }),
  fc.record({ kind: fc.constant('splice' as const), at: fc.nat(), start: fc.nat(), remove: fc.nat({ max: 4 }), insert: fc.array(arbJunk, { maxLength: 3 }) }),
)

/** Every place a value sits (its container and key), and every list, inside the project. */
function places(root: Container): { slots: Array<[Container, string | number]>; lists: Json[][] } {
  const slots: Array<[Container, string | number]> = []
  const lists: Json[][] = []
  const visit = (node: Json) => {
    if (Array.isArray(node)) {
      lists.push(node)
      node.forEach((child, i) => {
        slots.push([node, i])
        visit(child)
      })
    } else if (node && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) {
        slots.push([node as Record<string, Json>, key])
        visit(child)
      }
    }
  }
  visit(root)
  return { slots, lists }
}

function shuffle(list: Json[], seed: number): void {
  let s = seed >>> 0 || 1
  for (let i = list.length - 1; i > 0; i--) {
    s ^= s << 13
    s ^= s >>> 17
    s ^= s << 5
    const j = (s >>> 0) % (i + 1)
    ;[list[i], list[j]] = [list[j], list[i]]
  }
}

function mutate(project: Container, m: Mutation): void {
  const { slots, lists } = places(project)
  if (m.kind === 'delete' || m.kind === 'retype') {
    const slot = slots[m.at % Math.max(1, slots.length)]
    if (!slot) return
    const [container, key] = slot
    if (m.kind === 'retype') (container as Record<string | number, Json>)[key] = m.value
    else if (Array.isArray(container)) container.splice(key as number, 1)
    else delete container[key as string]
    return
  }
  const list = lists[m.at % Math.max(1, lists.length)]
  if (!list) return
  if (m.kind === 'reorder') shuffle(list, m.seed)
  else if (m.kind === 'splice') list.splice(m.start % (list.length + 1), m.remove, ...m.insert)
  else if (list.length > 0) {
    // Copies keep their ids: duplicated ids, as a hostile or careless file has them.
    const item = list[m.item % list.length]
    for (let i = 0; i < m.copies; i++) list.splice((m.item + i * 7) % (list.length + 1), 0, structuredClone(item))
  }
}

describe('reading damaged projects (fast-check)', () => {
  it('never throws; an opened project is valid and reads back the same with nothing more to repair', () => {
    fc.assert(
      fc.property(arbProject, fc.array(arbMutation, { minLength: 1, maxLength: 8 }), (project, mutations) => {
        const doc = JSON.parse(serializeJourney(project)) as { project: Container }
        for (const m of mutations) mutate(doc.project, m)
        let result: ParseResult | undefined
        expect(() => {
          result = parseJourney(new TextEncoder().encode(JSON.stringify(doc)), { fileName: 'Damaged.journey' })
        }).not.toThrow()
        if (!result) return
        if (!result.ok) {
          expect(result.problem.message).toContain('Damaged.journey')
          return
        }
        expect(Project.safeParse(result.project).success).toBe(true)
        const again = parseJourney(serializeJourneyBytes(result.project))
        if (!again.ok) throw new Error(`a repaired project did not read back: ${again.problem.message}`)
        expect(again.repairs).toEqual([])
        expect(again.project).toEqual(result.project)
      }),
      { numRuns: 300 },
    )
  })
})
