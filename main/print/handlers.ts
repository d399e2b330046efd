/**
 * Print and export handlers (no electron import: the Printer and dialogs are
 * ports). The renderer lays out its print view first, then asks; main asks
 * where to save, prints the window to PDF and writes the file. The renderer
 * never names a path.
 */
import { basename, dirname, extname, join } from 'node:path'
import { EXPORT_LIMITS, type ExportFormat, type RequestOf, type ResponseOf } from '../../shared/api'
import { csvProblems } from '../../shared/csv/read'
import type { FileParser } from '../files/parser'
import type { CallContext, PrintDeps } from '../ports'

type Handler<C extends 'print:pdf' | 'print:system' | 'export:save' | 'import:csv'> = (
  ctx: CallContext,
  payload: RequestOf<C>,
) => Promise<ResponseOf<C>>

export interface PrintHandlers {
  'print:pdf': Handler<'print:pdf'>
  'print:system': Handler<'print:system'>
  'export:save': Handler<'export:save'>
  'import:csv': Handler<'import:csv'>
}

const EXTENSION: Record<ExportFormat | 'pdf', string> = { pdf: '.pdf', png: '.png', svg: '.svg', csv: '.csv' }

function withExtension(path: string, ext: string): string {
  return extname(path).toLowerCase() === ext ? path : path + ext
}

/** "poster.png" + "A2" → "poster-A2.png", beside the first file. */
function sibling(path: string, suffix: string): string {
  if (!suffix) return path
  const ext = extname(path)
  return join(dirname(path), `${basename(path, ext)}-${suffix}${ext}`)
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

const unavailable = { kind: 'error', message: 'Printing is not available in this window.' } as const

/**
 * `parser` reads CSV in main's parse worker (decoding, sniffing, limits), so
 * a hostile spreadsheet can neither freeze the app nor reach the renderer as
 * one giant string.
 */
export function createPrintHandlers(deps: PrintDeps | undefined, parser?: Pick<FileParser, 'readCsv'>): PrintHandlers {
  return {
    'print:pdf': async (ctx, { suggestedName, page }) => {
      if (!deps) return unavailable
      const chosen = await deps.dialogs.chooseExportLocation(ctx.windowId, withExtension(suggestedName, '.pdf'), 'pdf')
      if (chosen === null) return { kind: 'canceled' }
      const path = withExtension(chosen, '.pdf')
      try {
        const pdf = await deps.printer.toPdf(ctx.windowId, { page })
        await deps.files.write(path, pdf)
        return { kind: 'saved', fileName: basename(path), bytes: pdf.byteLength }
      } catch (error) {
        return { kind: 'error', message: `The PDF could not be written: ${message(error)}` }
      }
    },
    'print:system': async (ctx, { page }) => {
      if (!deps) return unavailable
      try {
        return (await deps.printer.printWithDialog(ctx.windowId, { page })) ? { kind: 'printed' } : { kind: 'canceled' }
      } catch (error) {
        return { kind: 'error', message: message(error) }
      }
    },
    'export:save': async (ctx, { format, suggestedName, files }) => {
      if (!deps) return unavailable
      const ext = EXTENSION[format]
      const decoded = files.map((f) => ({ suffix: f.suffix, bytes: Buffer.from(f.base64, 'base64') }))
      if (decoded.some((f) => f.bytes.byteLength > EXPORT_LIMITS.fileBytes)) return { kind: 'error', message: 'The file is too large.' }
      const chosen = await deps.dialogs.chooseExportLocation(ctx.windowId, withExtension(suggestedName, ext), format)
      if (chosen === null) return { kind: 'canceled' }
      const first = withExtension(chosen, ext)
      const written: string[] = []
      try {
        for (const f of decoded) {
          const path = sibling(first, f.suffix)
          await deps.files.write(path, new Uint8Array(f.bytes.buffer, f.bytes.byteOffset, f.bytes.byteLength))
          written.push(basename(path))
        }
      } catch (error) {
        return { kind: 'error', message: `Could not write ${written.length ? 'all files' : 'the file'}: ${message(error)}` }
      }
      return { kind: 'saved', fileNames: written }
    },
    'import:csv': async (ctx) => {
      if (!deps || !parser) return unavailable
      const path = await deps.dialogs.chooseImportFile(ctx.windowId, 'csv')
      if (path === null) return { kind: 'canceled' }
      const fileName = basename(path)
      const read = await deps.files.read(path, EXPORT_LIMITS.csvBytes)
      if (!read.ok) {
        if (read.size === undefined) return { kind: 'error', message: read.message }
        const problem = csvProblems.tooLarge(fileName, read.size, EXPORT_LIMITS.csvBytes)
        return { kind: 'error', message: problem.message, problem }
      }
      const csv = await parser.readCsv(read.bytes, { fileName })
      if (!csv.ok) return { kind: 'error', message: csv.problem.message, problem: csv.problem }
      return { kind: 'opened', fileName, rows: csv.rows, warnings: csv.warnings }
    },
  }
}
