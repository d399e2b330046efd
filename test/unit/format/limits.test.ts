import { describe, expect, it } from 'vitest'
import { findExcessiveNesting, MAX_DEPTH, MAX_FILE_BYTES, parseJourney } from '../../../shared/format'

describe('findExcessiveNesting', () => {
  const arrays = (n: number) => '['.repeat(n) + ']'.repeat(n)

  it('accepts nesting up to the limit and points at the first bracket beyond it', () => {
    expect(findExcessiveNesting(arrays(MAX_DEPTH))).toBe(-1)
    expect(findExcessiveNesting(arrays(MAX_DEPTH + 1))).toBe(MAX_DEPTH)
    expect(findExcessiveNesting('{"a":'.repeat(3) + '1}}}', 2)).toBe(10)
  })

  it('counts objects and arrays together', () => {
    expect(findExcessiveNesting('[{"a":[{}]}]', 3)).toBe(7)
    expect(findExcessiveNesting('[{"a":[{}]}]', 4)).toBe(-1)
  })

  it('ignores brackets inside strings, including after escaped quotes and backslashes', () => {
    expect(findExcessiveNesting('["[[[[[[[[[["]', 2)).toBe(-1)
    expect(findExcessiveNesting('["\\"[[[[[[[["]', 2)).toBe(-1)
    // An escaped backslash ends with the quote closing the string; the next "[" counts.
    expect(findExcessiveNesting('["\\\\", [[]]]', 2)).toBe(8)
  })

  it('measures depth, not the number of brackets', () => {
    expect(findExcessiveNesting('[]'.repeat(100_000), 1)).toBe(-1)
    expect(findExcessiveNesting(']]]][[', 2)).toBe(-1)
  })

  it('handles 1,000,000 levels quickly and without recursion', () => {
    const t0 = performance.now()
    expect(findExcessiveNesting('['.repeat(1_000_000))).toBe(MAX_DEPTH)
    expect(performance.now() - t0).toBeLessThan(500)
  })
})

describe('size limit', () => {
  it('is 64 MiB', () => {
    expect(MAX_FILE_BYTES).toBe(64 * 1024 * 1024)
  })

  it('refuses by length alone, before decoding', () => {
    // A valid-looking view over a buffer one byte too long: if decoding ran
    // first, the invalid bytes would give 'not-utf8'.
    const bytes = new Uint8Array(MAX_FILE_BYTES + 1).fill(0xff)
    const result = parseJourney(bytes, { fileName: 'huge.journey' })
    expect(!result.ok && result.problem.code).toBe('too-large')
    expect(!result.ok && result.problem.message).toMatch(/“huge\.journey” can't be opened: it is 65 MB, more than the 64 MB/)
  })
})
