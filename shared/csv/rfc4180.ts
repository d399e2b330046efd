/**
 * CSV as RFC 4180 describes it: fields separated by commas, records by CRLF,
 * fields holding a comma, quote, CR or LF are quoted and quotes doubled.
 * Written with a UTF-8 byte order mark so Excel opens it as UTF-8 (Persian
 * and Chinese text survive); read tolerantly: with or without BOM, CRLF, LF
 * or CR line ends, and `;` or tab separators that some spreadsheet locales
 * write.
 */

export const BOM = '\uFEFF'

export interface ParsedCsv {
  rows: string[][]
  delimiter: ',' | ';' | '\t'
  /** Problems that did not stop reading (e.g. an unclosed quote at the end). */
  warnings: string[]
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

export function parseCsv(input: string, options: { delimiter?: ',' | ';' | '\t' } = {}): ParsedCsv {
  const text = input.startsWith(BOM) ? input.slice(1) : input
  const delimiter = options.delimiter ?? detectDelimiter(text)
  const rows: string[][] = []
  const warnings: string[] = []
  let row: string[] = []
  let field = ''
  let i = 0
  let quoted = false
  /** True once the current field started with a quote (then text after the closing quote is kept, leniently). */
  let atFieldStart = true
  const endField = () => {
    row.push(field)
    field = ''
    atFieldStart = true
  }
  const endRow = () => {
    endField()
    rows.push(row)
    row = []
  }
  while (i < text.length) {
    const ch = text[i] as string
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"'
          i += 2
          continue
        }
        quoted = false
        i++
        continue
      }
      field += ch
      i++
      continue
    }
    if (ch === '"' && atFieldStart) {
      quoted = true
      atFieldStart = false
      i++
      continue
    }
    if (ch === delimiter) {
      endField()
      i++
      continue
    }
    if (ch === '\r' || ch === '\n') {
      endRow()
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1
      continue
    }
    field += ch
    atFieldStart = false
    i++
  }
  if (quoted) warnings.push('The file ends inside a quoted field; the last field was read up to the end.')
  // A final record without a line break still counts; a trailing line break adds no empty record.
  if (field !== '' || row.length > 0 || quoted) endRow()
  return { rows, delimiter, warnings }
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
