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

const QUOTE = 0x22
const BACKSLASH = 0x5c
const OPEN_BRACE = 0x7b
const OPEN_BRACKET = 0x5b
const CLOSE_BRACE = 0x7d
const CLOSE_BRACKET = 0x5d

/**
 * One linear pass over JSON text that finds where nesting first goes deeper
 * than `maxDepth`, or returns -1. Brackets inside strings don't count, and an
 * escaped quote doesn't end a string. The text need not be valid JSON: this
 * only has to run before JSON.parse, which reports every other defect.
 */
export function findExcessiveNesting(text: string, maxDepth: number = MAX_DEPTH): number {
  let depth = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === QUOTE) {
      i = endOfString(text, i)
    } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      depth++
      if (depth > maxDepth) return i
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      // Unbalanced closers are JSON.parse's problem; never go below zero.
      if (depth > 0) depth--
    }
  }
  return -1
}

/**
 * Index of the quote closing the string that opens at `open` (or the end of
 * the text). Jumps with indexOf, which is far faster than stepping through
 * long card texts one character at a time; a quote preceded by an odd run of
 * backslashes is escaped and doesn't count.
 */
function endOfString(text: string, open: number): number {
  let from = open + 1
  for (;;) {
    const quote = text.indexOf('"', from)
    if (quote < 0) return text.length
    let backslashes = 0
    while (text.charCodeAt(quote - 1 - backslashes) === BACKSLASH) backslashes++
    if (backslashes % 2 === 0) return quote
    from = quote + 1
  }
}
