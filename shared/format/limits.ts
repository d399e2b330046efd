/**
 * Hard ceilings applied before any parsing. A .journey file may arrive by
 * email from anyone, so nothing may make the app spend unbounded memory, time
 * or stack on it.
 */

/** Largest file we read. Real projects with images stay far below this. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024

/**
 * Deepest array/object nesting we accept. A real project is about a dozen
 * levels deep; the ceiling keeps the recursive steps after JSON.parse (reviver,
 * repair, schema) far away from the stack limit.
 */
export const MAX_DEPTH = 64

/**
 * Most JSON entries (values in lists, fields of records) we accept. JSON.parse
 * and validation cost grows with the number of entries, not only with bytes:
 * 64 MiB of `{},{},…` is 22 million objects and takes JSON.parse alone 15 s.
 * The largest map the schema allows (100,000 full cards with arrows and
 * emotion points) has about 1.5 million; this leaves room for that and more,
 * and keeps the worst file of this many entries within the 2 s reading budget.
 */
export const MAX_ENTRIES = 3_000_000

const QUOTE = 0x22
const COMMA = 0x2c
const BACKSLASH = 0x5c
const OPEN_BRACE = 0x7b
const OPEN_BRACKET = 0x5b
const CLOSE_BRACE = 0x7d
const CLOSE_BRACKET = 0x5d

/**
 * Where nesting in JSON text first goes deeper than `maxDepth` (as a UTF-8
 * byte offset), or -1. Brackets inside strings don't count, and an escaped
 * quote doesn't end a string. The text need not be valid JSON.
 */
export function findExcessiveNesting(text: string, maxDepth: number = MAX_DEPTH): number {
  return scanStructure(new TextEncoder().encode(text), { maxDepth, maxEntries: Infinity }).tooDeepAt
}

export interface StructureScan {
  /** Byte offset where nesting first went deeper than allowed, or -1. */
  tooDeepAt: number
  /** Entries counted (values after a comma, lists and records opened) — stops once past the limit. */
  entries: number
  tooManyEntries: boolean
}

/**
 * One linear pass over the file's bytes, before they are decoded and before
 * JSON.parse, measuring what would make the steps after it slow: nesting
 * depth and the number of entries. Brackets and commas inside strings don't
 * count, and an escaped quote doesn't end a string. Working on UTF-8 bytes is
 * exact (every byte of a multi-byte character is ≥ 0x80, so none looks like a
 * quote or a bracket) and twice as fast as walking the decoded text. Stops at
 * the first limit crossed, so a hostile file costs at most one pass. The
 * bytes need not be valid JSON or even UTF-8: later steps judge that.
 */
export function scanStructure(
  bytes: Uint8Array,
  limits: { maxDepth?: number; maxEntries?: number } = {},
): StructureScan {
  const maxDepth = limits.maxDepth ?? MAX_DEPTH
  const maxEntries = limits.maxEntries ?? MAX_ENTRIES
  const n = bytes.length
  let depth = 0
  let entries = 0
  for (let i = 0; i < n; i++) {
    const c = bytes[i]
    if (c === QUOTE) {
      // Skip the string; a backslash also skips the byte after it.
      for (i++; i < n; i++) {
        const d = bytes[i]
        if (d === QUOTE) break
        if (d === BACKSLASH) i++
      }
    } else if (c === COMMA) {
      if (++entries > maxEntries) return { tooDeepAt: -1, entries, tooManyEntries: true }
    } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      if (++depth > maxDepth) return { tooDeepAt: i, entries, tooManyEntries: false }
      if (++entries > maxEntries) return { tooDeepAt: -1, entries, tooManyEntries: true }
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      // Unbalanced closers are JSON.parse's problem; never go below zero.
      if (depth > 0) depth--
    }
  }
  return { tooDeepAt: -1, entries, tooManyEntries: false }
}
