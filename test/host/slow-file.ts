/**
 * TEST SEAM. Words that make the test-only slow parse worker
 * (slow-parse-worker.ts) hang; the real worker treats them as any text.
 */
export const SLOW_MARK = 'deliberately slow'
