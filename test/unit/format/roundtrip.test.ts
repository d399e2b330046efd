import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseJourney, serializeJourney, serializeJourneyBytes } from '../../../shared/format'
import { Project } from '../../../shared/model'
import { arbProject, shuffleKeys } from './arbitraries'

describe('.journey round trip', () => {
  it('the arbitraries only make projects the schema accepts', () => {
    fc.assert(
      fc.property(arbProject, (p) => {
        expect(Project.safeParse(p).success).toBe(true)
      }),
      { numRuns: 100 },
    )
  })

  it('serialize → parse gives back the same project, with no repairs', () => {
    fc.assert(
      fc.property(arbProject, (p) => {
        const result = parseJourney(serializeJourneyBytes(p))
        if (!result.ok) throw new Error(result.problem.message)
        expect(result.repairs).toEqual([])
        expect(result.migratedFrom).toBeNull()
        expect(result.project).toEqual(p)
      }),
      { numRuns: 250 },
    )
  })

  it('is stable: same bytes twice, and after a round trip', () => {
    fc.assert(
      fc.property(arbProject, (p) => {
        const first = serializeJourney(p)
        expect(serializeJourney(p)).toBe(first)
        const reopened = parseJourney(new TextEncoder().encode(first))
        if (!reopened.ok) throw new Error(reopened.problem.message)
        expect(serializeJourney(reopened.project)).toBe(first)
      }),
      { numRuns: 200 },
    )
  })

  it('does not depend on key insertion order', () => {
    fc.assert(
      fc.property(arbProject, fc.integer(), (p, seed) => {
        let state = seed >>> 0 || 1
        // xorshift: a seeded shuffle, so a failure replays exactly.
        const random = () => {
          state ^= state << 13
          state ^= state >>> 17
          state ^= state << 5
          return (state >>> 0) / 2 ** 32
        }
        const shuffled = shuffleKeys(p, random) as Project
        expect(serializeJourney(shuffled)).toBe(serializeJourney(p))
      }),
      { numRuns: 200 },
    )
  })
})
