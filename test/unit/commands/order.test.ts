import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compareCellOrder, orderBetween, ordersBetween } from '../../../shared/commands'

const finite = fc.double({ min: -1e12, max: 1e12, noNaN: true, noDefaultInfinity: true })

describe('orderBetween', () => {
  it('lands strictly between two neighbours whenever there is room', () => {
    fc.assert(
      fc.property(finite, finite, (p, q) => {
        const [a, b] = p < q ? [p, q] : [q, p]
        const found = ordersBetween(a, b, 1)
        if (found === null) return // no double strictly between: caller renumbers
        const [value] = found
        expect(value).toBeGreaterThan(a)
        expect(value).toBeLessThan(b)
      }),
    )
  })

  it('goes before the first and after the last card when a neighbour is missing', () => {
    fc.assert(
      fc.property(finite, (a) => {
        expect(orderBetween(undefined, a)).toBeLessThan(a)
        expect(orderBetween(a, undefined)).toBeGreaterThan(a)
      }),
    )
    expect(Number.isFinite(orderBetween())).toBe(true)
  })

  it('gives count increasing values inside the gap', () => {
    fc.assert(
      // Magnitudes a board really reaches; at 1e12 a 1e-3 gap has too few doubles for 20 values.
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.double({ min: 1e-3, max: 1e6, noNaN: true }), fc.integer({ min: 1, max: 20 }), (a, width, count) => {
        const values = ordersBetween(a, a + width, count)
        expect(values).not.toBeNull()
        const all = [a, ...(values ?? []), a + width]
        for (let i = 1; i < all.length; i++) expect(all[i]).toBeGreaterThan(all[i - 1] as number)
      }),
    )
  })

  it('reports when floating point has no room left, instead of returning a neighbour', () => {
    const a = 1
    const b = 1 + Number.EPSILON
    expect(ordersBetween(a, b, 1)).toBeNull()
    expect(() => orderBetween(a, b)).toThrow(RangeError)
    expect(() => orderBetween(2, 1)).toThrow(RangeError)
  })

  it('keeps inserting at the same spot many times while room lasts, each value strictly inside', () => {
    let low = 0
    const high = 1
    let steps = 0
    for (;;) {
      const found = ordersBetween(low, high, 1)
      if (!found) break
      const [value] = found as [number]
      expect(value > low && value < high).toBe(true)
      low = value
      steps++
    }
    expect(steps).toBeGreaterThan(40)
  })
})

describe('compareCellOrder', () => {
  it('orders by order, ties by id, so every reader agrees', () => {
    const cards = [
      { id: 'b', order: 1 },
      { id: 'a', order: 1 },
      { id: 'c', order: 0 },
    ]
    expect(cards.sort(compareCellOrder).map((c) => c.id)).toEqual(['c', 'a', 'b'])
  })
})
