/**
 * Hostile CSV files, through what the app runs: the size check of the import
 * handler, the reader of the parse worker (readCsv) and the plan the window
 * makes from the rows. Each is answered with a clear message or a clean
 * import; the outcome table is printed. Speed: `npm run bench:parse`.
 */
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import type { PrintDeps } from '../../../main/ports'
import { exportFiles } from '../../../main/print/export-files'
import { createPrintHandlers } from '../../../main/print/handlers'
import { CSV_IMPORT_LIMITS, planCsvImport, readCsv } from '../../../shared/csv'
import { LIMITS, makeMap, makeProject } from '../../../shared/model'
import { inlineParser } from '../files/helpers'

const enc = new TextEncoder()
const table: Array<{ attack: string; MB: string; ms: number; outcome: string }> = []

function timed<T>(attack: string, bytes: number, run: () => T, outcome: (r: T) => string): T {
  const t0 = performance.now()
  const result = run()
  table.push({ attack, MB: (bytes / 1e6).toFixed(1), ms: Math.round(performance.now() - t0), outcome: outcome(result) })
  return result
}

const rows = (n: number, row: (i: number) => string) => `stage,lane,text\r\n${Array.from({ length: n }, (_, i) => row(i)).join('\r\n')}\r\n`
const emptyMap = () => makeProject('Import target', makeMap('Map', [], []))

afterAll(() => {
  console.log('CSV attacks:')
  console.table(table)
})

describe('hostile CSV files', () => {
  test('a 1,000,000-row CSV is refused: more rows than a map holds, nothing changed', () => {
    const bytes = enc.encode(rows(1_000_000, (i) => `S,L,${i}`))
    const read = timed('1,000,000 rows', bytes.length, () => readCsv(bytes, 'huge.csv'), (r) => (r.ok ? 'read' : r.problem.code))
    expect(read.ok).toBe(false)
    if (read.ok) return
    expect(read.problem.code).toBe('csv-too-many-rows')
    expect(read.problem.message).toBe(
      '“huge.csv” can\'t be imported: it has more than 100,000 rows, more than one map holds. Split it into smaller files and import them one at a time. Nothing was changed.',
    )
  })

  test('a single 60 MB cell: the import refuses the file by its size before reading it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'jw-csv-'))
    const file = join(dir, 'one-cell.csv')
    await writeFile(file, `stage,lane,text\r\nS,L,${'x'.repeat(60 * 1024 * 1024)}\r\n`)
    const deps: PrintDeps = {
      printer: { toPdf: async () => new Uint8Array(), printWithDialog: async () => true },
      dialogs: { chooseExportLocation: async () => null, chooseImportFile: async () => file },
      files: exportFiles,
    }
    const t0 = performance.now()
    const out = await createPrintHandlers(deps, inlineParser)['import:csv']({ windowId: 'w' }, {})
    table.push({ attack: 'one 60 MB cell (import)', MB: '62.9', ms: Math.round(performance.now() - t0), outcome: out.kind === 'error' ? (out.problem?.code ?? out.message) : out.kind })
    expect(out).toMatchObject({ kind: 'error', problem: { code: 'too-large', fileName: 'one-cell.csv' } })
  })

  test('…and the reader itself copes with it: the cell is cut to what a card holds, and it says so', () => {
    const bytes = enc.encode(`stage,lane,text\r\nS,L,${'y'.repeat(60 * 1024 * 1024)}\r\n`)
    const read = timed('one 60 MB cell (reader)', bytes.length, () => readCsv(bytes, 'one-cell.csv'), (r) => (r.ok ? `read, ${r.warnings.map((w) => w.code)}` : r.problem.code))
    if (!read.ok) throw new Error(read.problem.message)
    expect(read.rows[1]?.[2]).toHaveLength(CSV_IMPORT_LIMITS.cellCharacters)
    expect(read.warnings).toEqual([{ code: 'cells-cut', count: 1, limit: LIMITS.longText }])
    const project = emptyMap()
    const plan = planCsvImport(project, project.maps[0]!.id, read)
    expect(plan.report.imported).toBe(1)
  })

  test('unbalanced quotes over the whole file: read as one cell, with the line of the quote named', () => {
    const body = Array.from({ length: 400_000 }, (_, i) => `Stage ${i % 7},Lane ${i % 5},note ${i}`).join('\r\n')
    const bytes = enc.encode(`stage,lane,text\r\nAwareness,Touchpoints,"Quoted but never closed\r\n${body}\r\n`)
    const read = timed('unbalanced quotes, whole file', bytes.length, () => readCsv(bytes, 'quotes.csv'), (r) => (r.ok ? `read ${r.rows.length} rows, ${r.warnings.map((w) => w.code).join(' + ')}` : r.problem.code))
    if (!read.ok) throw new Error(read.problem.message)
    expect(read.rows).toHaveLength(2)
    expect(read.warnings).toEqual([
      { code: 'unclosed-quote', line: 2 },
      { code: 'cells-cut', count: 1, limit: LIMITS.longText },
    ])
    const project = emptyMap()
    const plan = planCsvImport(project, project.maps[0]!.id, read)
    expect(plan.report.parseWarnings).toEqual(read.warnings)
    expect(plan.report.imported).toBe(1)
  })

  test('a formula in every cell: imported as the text it is, never evaluated', () => {
    const formulas = ['=1+1', '+A1', '-2+3', '@SUM(A1:A9)', '=HYPERLINK("http://example.invalid","click")', '=cmd|\' /C calc\'!A0']
    const csv = rows(3_000, (i) => `"=Stage${i % 3}","@Lane${i % 2}","${(formulas[i % formulas.length] as string).replace(/"/g, '""')}"`)
    const bytes = enc.encode(csv)
    const read = timed('a formula in every cell', bytes.length, () => readCsv(bytes, 'formulas.csv'), (r) => (r.ok ? `read ${r.rows.length - 1} rows` : r.problem.code))
    if (!read.ok) throw new Error(read.problem.message)
    const project = emptyMap()
    const plan = planCsvImport(project, project.maps[0]!.id, read)
    expect(plan.report.imported).toBe(3_000)
    expect(plan.report.created.stages).toEqual(['=Stage0', '=Stage1', '=Stage2'])
    expect(plan.report.created.lanes).toEqual(['@Lane0', '@Lane1'])
    expect(new Set(read.rows.slice(1).map((r) => r[2]))).toEqual(new Set(formulas))
  })

  test('more stages than a map holds: the extra rows are skipped and said to be, so the project stays savable', () => {
    const csv = rows(700, (i) => `Stage ${i},Lane,note`)
    const read = readCsv(enc.encode(csv), 'stages.csv')
    if (!read.ok) throw new Error(read.problem.message)
    const project = emptyMap()
    const plan = planCsvImport(project, project.maps[0]!.id, read)
    expect(plan.report.imported).toBe(500)
    expect(plan.report.skipped.filter((s) => s.reason === 'too-many-stages')).toHaveLength(200)
  })
})
