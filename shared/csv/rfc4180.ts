/**
 * CSV as RFC 4180 describes it: fields separated by commas, records by CRLF,
 * fields holding a comma, quote, CR or LF are quoted and quotes doubled.
 * Written with a UTF-8 byte order mark so Excel opens it as UTF-8 (Persian
 * and Chinese text survive); read tolerantly: with or without BOM, CRLF, LF
 * or CR line ends, and `;` or tab separators that some spreadsheet locales
 * write.
 */

export const BOM = '\uFEFF'

export type CsvWarning =
  /** A quotation mark opened on this line is never closed: the rest of the file was read as one cell. */
  | { code: 'unclosed-quote'; line: number }
  /** This many cells were longer than any card field holds and were cut to `limit` characters. */
  | { code: 'cells-cut'; count: number; limit: number }

export interface ParsedCsv {
  rows: string[][]
  delimiter: ',' | ';' | '\t'
  /** Problems that did not stop reading. */
  warnings: CsvWarning[]
  /** Reading stopped at `maxRows` records: the file has more. */
  tooManyRows: boolean
}

export interface CsvReadLimits {
  delimiter?: ',' | ';' | '\t'
  /** Records (the header counts) to read at most; reading stops after one more. */
  maxRows?: number
  /** Longest cell kept, in characters (code points); longer cells are cut and counted. */
  maxCellLength?: number
}

/** Guesses the separator from the first record (outside quotes): the most frequent of , ; and tab. */
export function detectDelimiter(text: string): ',' | ';' | '\t' {
  const counts = { ',': 0, ';': 0, '\t': 0 }
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string
    if (ch === '"') quoted = !quoted
    else if (!quoted && (ch === '\n' || ch === '\r')) break
    else if (!quoted && ch in counts) counts[ch as keyof typeof counts]++
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';'
  if (counts['\t'] > counts[','] && counts['\t'] > counts[';']) return '\t'
  return ','
}

const QUOTE = 0x22
const CR = 0x0d
const LF = 0x0a

/** End of an unquoted stretch: the next delimiter or line break (or the end). One step per character. */
function endOfPlain(text: string, from: number, delimiter: number): number {
  let i = from
  while (i < text.length) {
    const c = text.charCodeAt(i)
    if (c === delimiter || c === CR || c === LF) return i
    i++
  }
  return i
}

function lineOf(text: string, index: number): number {
  let line = 1
  for (let i = 0; i < index; i++) {
    const c = text.charCodeAt(i)
    if (c === LF || (c === CR && text.charCodeAt(i + 1) !== LF)) line++
  }
  return line
}

/**
 * Reads CSV in one pass, whatever the file: every character is looked at a
 * bounded number of times (cells are cut out with slice, never built a
 * character at a time), so a 19 MB cell or a file of unbalanced quotes costs
 * what its length does.
 */
export function parseCsv(input: string, options: CsvReadLimits = {}): ParsedCsv {
  const text = input.startsWith(BOM) ? input.slice(1) : input
  const delimiter = options.delimiter ?? detectDelimiter(text)
  const maxRows = options.maxRows ?? Infinity
  const maxCell = options.maxCellLength ?? Infinity
  const d = delimiter.charCodeAt(0)
  const rows: string[][] = []
  const warnings: CsvWarning[] = []
  let tooManyRows = false
  let cut = 0
  let unclosedAt = -1
  const n = text.length
  let row: string[] = []
  let i = 0
  while (n > 0) {
    let field: string
    if (text.charCodeAt(i) === QUOTE) {
      const opened = i
      let from = i + 1
      field = ''
      for (;;) {
        const q = text.indexOf('"', from)
        if (q < 0) {
          field += text.slice(from)
          unclosedAt = opened
          i = n
          break
        }
        field += text.slice(from, q)
        if (text.charCodeAt(q + 1) === QUOTE) {
          field += '"'
          from = q + 2
          continue
        }
        // Leniently, text after the closing quote belongs to the same cell.
        const end = endOfPlain(text, q + 1, d)
        field += text.slice(q + 1, end)
        i = end
        break
      }
    } else {
      const end = endOfPlain(text, i, d)
      field = text.slice(i, end)
      i = end
    }
    if (field.length > maxCell && longerThan(field, maxCell)) {
      field = cutCodePoints(field, maxCell)
      cut++
    }
    row.push(field)
    if (i < n && text.charCodeAt(i) === d) {
      i++
      continue
    }
    rows.push(row)
    row = []
    if (i >= n) break
    i += text.charCodeAt(i) === CR && text.charCodeAt(i + 1) === LF ? 2 : 1
    // A line break at the very end adds no empty record.
    if (i >= n) break
    if (rows.length >= maxRows) {
      tooManyRows = true
      break
    }
  }
  if (unclosedAt >= 0) warnings.push({ code: 'unclosed-quote', line: lineOf(text, unclosedAt) })
  if (cut > 0) warnings.push({ code: 'cells-cut', count: cut, limit: maxCell })
  return { rows, delimiter, warnings, tooManyRows }
}

/** More than `max` characters (code points)? Counts only as far as it must: a 60 MB cell costs `max` steps. */
function longerThan(s: string, max: number): boolean {
  let n = 0
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const next = s.charCodeAt(i + 1)
      if (next >= 0xdc00 && next <= 0xdfff) i++
    }
    if (++n > max) return true
  }
  return false
}

/** The first `max` characters, never splitting a surrogate pair. */
function cutCodePoints(s: string, max: number): string {
  let n = 0
  let i = 0
  while (i < s.length && n < max) {
    const c = s.charCodeAt(i)
    const pair = c >= 0xd800 && c <= 0xdbff && s.charCodeAt(i + 1) >= 0xdc00 && s.charCodeAt(i + 1) <= 0xdfff
    i += pair ? 2 : 1
    n++
  }
  return s.slice(0, i)
}

function quote(field: string, delimiter: string): string {
  return field.includes('"') || field.includes(delimiter) || /[\r\n]/.test(field) || /^\s|\s$/.test(field)
    ? `"${field.replace(/"/g, '""')}"`
    : field
}

/** RFC 4180 text (CRLF line ends), with a BOM unless told otherwise. */
export function serializeCsv(rows: readonly (readonly string[])[], options: { bom?: boolean; delimiter?: ',' | ';' | '\t' } = {}): string {
  const delimiter = options.delimiter ?? ','
  const body = rows.map((r) => r.map((f) => quote(f, delimiter)).join(delimiter)).join('\r\n')
  return (options.bom === false ? '' : BOM) + body + (rows.length ? '\r\n' : '')
}

/**
 * Spreadsheets run a cell starting with = + - @ (or tab/CR) as a formula, so
 * an exported note like "=HYPERLINK(…)" would execute when opened. Such text
 * cells get a leading apostrophe on export (Excel shows it as plain text) and
 * lose it again on import — a round trip keeps the text exactly.
 */
export function guardFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) && !/^[+-]?\d+(\.\d+)?$/.test(text) ? `'${text}` : text
}

export function unguardFormula(text: string): string {
  return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text
}
