/**
 * A CSV file from disk, as the import reads it: bytes → text → rows, within
 * limits, or a problem a person can act on. Runs in main's parse worker, so
 * a hostile spreadsheet can't freeze anything.
 */
import type { FileProblem } from '../api'
import { sniff } from '../format/sniff'
import { LIMITS } from '../model'
import { parseCsv, type CsvWarning } from './rfc4180'

export const CSV_IMPORT_LIMITS = {
  /** Records, the header included: one map holds 100,000 cards. */
  rows: LIMITS.listItems + 1,
  /** The longest text any card field takes. */
  cellCharacters: LIMITS.longText,
} as const

export type CsvRead = { ok: true; rows: string[][]; warnings: CsvWarning[] } | { ok: false; problem: FileProblem }

function csvProblem(code: FileProblem['code'], fileName: string, message: string, params: Record<string, string | number> = {}): FileProblem {
  return { code, fileName, message: `“${fileName}” can't be imported: ${message}`, params: { fileName, ...params } }
}

export const csvProblems = {
  tooLarge: (fileName: string, bytes: number, limit: number) =>
    csvProblem(
      'too-large',
      fileName,
      `it is ${Math.ceil(bytes / 1048576)} MB; Journeywall imports CSV files up to ${Math.round(limit / 1048576)} MB. A list of cards is far smaller — check that this is the right file.`,
      { bytes, limit, limitMb: Math.round(limit / 1048576) },
    ),
  empty: (fileName: string) => csvProblem('empty', fileName, 'the file is empty — there is nothing in it.'),
  picture: (fileName: string, format: string) =>
    csvProblem('picture', fileName, `it is a picture (${format}), not a CSV file. Save the spreadsheet as CSV and import that.`, { format }),
  otherFormat: (fileName: string, format: string) =>
    csvProblem('other-format', fileName, `it is a ${format} file, not a CSV file. Save the spreadsheet as CSV and import that.`, { format }),
  tooManyRows: (fileName: string, limit: number) =>
    csvProblem(
      'csv-too-many-rows',
      fileName,
      `it has more than ${limit.toLocaleString('en-US')} rows, more than one map holds. Split it into smaller files and import them one at a time. Nothing was changed.`,
      { limit },
    ),
}

/** Spreadsheets save CSV as UTF-8 (with or without BOM) or, on Windows, as Windows-1252. */
function decodeCsv(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return new TextDecoder('windows-1252').decode(bytes)
  }
}

export function readCsv(bytes: Uint8Array, fileName: string): CsvRead {
  const sniffed = sniff(bytes)
  if (sniffed?.kind === 'empty') return { ok: false, problem: csvProblems.empty(fileName) }
  if (sniffed?.kind === 'picture') return { ok: false, problem: csvProblems.picture(fileName, sniffed.format) }
  if (sniffed?.kind === 'other-format') return { ok: false, problem: csvProblems.otherFormat(fileName, sniffed.format) }
  const parsed = parseCsv(decodeCsv(bytes), { maxRows: CSV_IMPORT_LIMITS.rows, maxCellLength: CSV_IMPORT_LIMITS.cellCharacters })
  if (parsed.tooManyRows) return { ok: false, problem: csvProblems.tooManyRows(fileName, CSV_IMPORT_LIMITS.rows - 1) }
  return { ok: true, rows: parsed.rows, warnings: parsed.warnings }
}
