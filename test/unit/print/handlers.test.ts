import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import type { ExportKind, PrintDeps } from '../../../main/ports'
import { exportFiles } from '../../../main/print/export-files'
import { createPrintHandlers } from '../../../main/print/handlers'
import { validateRequest } from '../../../main/validate-request'
import { inlineParser } from '../files/helpers'

const ctx = { windowId: 'w1' }
const page = { widthMm: 841, heightMm: 1189 }

function deps(answers: Array<string | null>, pdf = new Uint8Array([37, 80, 68, 70])) {
  const asked: string[] = []
  const d: PrintDeps = {
    printer: { toPdf: async () => pdf, printWithDialog: async () => true },
    dialogs: {
      chooseExportLocation: async (_w: string, name: string, kind: ExportKind) => {
        asked.push(`${kind}:${name}`)
        return answers.shift() ?? null
      },
      chooseImportFile: async () => answers.shift() ?? null,
    },
    files: exportFiles,
  }
  return { d, asked }
}

describe('print and export handlers', () => {
  test('print:pdf asks where, prints, writes; adds .pdf; cancel writes nothing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'jw-print-'))
    const { d, asked } = deps([join(dir, 'wall'), null])
    const h = createPrintHandlers(d)
    expect(await h['print:pdf'](ctx, { suggestedName: 'Wall.pdf', page })).toEqual({ kind: 'saved', fileName: 'wall.pdf', bytes: 4 })
    expect(await readFile(join(dir, 'wall.pdf'), 'latin1')).toBe('%PDF')
    expect(asked).toEqual(['pdf:Wall.pdf'])
    expect(await h['print:pdf'](ctx, { suggestedName: 'Wall', page })).toEqual({ kind: 'canceled' })
    expect(await readdir(dir)).toEqual(['wall.pdf'])
  })

  test('export:save writes tiles beside the first file with their suffix', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'jw-export-'))
    const { d } = deps([join(dir, 'poster.png')])
    const h = createPrintHandlers(d)
    const b64 = Buffer.from('png').toString('base64')
    const out = await h['export:save'](ctx, { format: 'png', suggestedName: 'poster.png', files: [{ suffix: 'A1', base64: b64 }, { suffix: 'A2', base64: b64 }] })
    expect(out).toEqual({ kind: 'saved', fileNames: ['poster-A1.png', 'poster-A2.png'] })
    expect((await readdir(dir)).sort()).toEqual(['poster-A1.png', 'poster-A2.png'])
  })

  test('import:csv reads UTF-8 (or Windows-1252) text and refuses huge files', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'jw-import-'))
    await writeFile(join(dir, 'a.csv'), '\uFEFFstage,lane,text\r\nA,B,پرداخت\r\n')
    await writeFile(join(dir, 'b.csv'), Buffer.from([0x63, 0x61, 0x66, 0xe9])) // "café" in Windows-1252
    const { d } = deps([join(dir, 'a.csv'), join(dir, 'b.csv'), join(dir, 'missing.csv'), null])
    const h = createPrintHandlers(d, inlineParser)
    const a = await h['import:csv'](ctx, {})
    expect(a).toEqual({ kind: 'opened', fileName: 'a.csv', rows: [['stage', 'lane', 'text'], ['A', 'B', 'پرداخت']], warnings: [] })
    const b = await h['import:csv'](ctx, {})
    expect(b).toEqual({ kind: 'opened', fileName: 'b.csv', rows: [['café']], warnings: [] })
    expect((await h['import:csv'](ctx, {})).kind).toBe('error')
    expect(await h['import:csv'](ctx, {})).toEqual({ kind: 'canceled' })
  })

  test('import:csv refuses a file over the size limit before reading it, with a problem the window can word', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'jw-import-'))
    const big = join(dir, 'big.csv')
    // Sparse: 60 MB on paper, nothing on disk.
    await writeFile(big, '')
    await import('node:fs/promises').then((fs) => fs.truncate(big, 60 * 1024 * 1024))
    const { d } = deps([big])
    const out = await createPrintHandlers(d, inlineParser)['import:csv'](ctx, {})
    expect(out.kind).toBe('error')
    if (out.kind !== 'error') return
    expect(out.problem).toMatchObject({ code: 'too-large', fileName: 'big.csv', params: { limitMb: 20 } })
    expect(out.message).toContain('“big.csv” can\'t be imported: it is 60 MB')
  })

  test('without a printer the channels answer with an error', async () => {
    const h = createPrintHandlers(undefined)
    expect((await h['print:pdf'](ctx, { suggestedName: 'x', page })).kind).toBe('error')
  })

  test('payloads are checked: no folders in names, no oversized pages', () => {
    expect(() => validateRequest('print:pdf', { suggestedName: '../etc/passwd', page })).toThrow()
    expect(() => validateRequest('print:pdf', { suggestedName: 'ok.pdf', page: { widthMm: 99999, heightMm: 10 } })).toThrow()
    expect(() => validateRequest('export:save', { format: 'exe', suggestedName: 'x', files: [{ suffix: '', base64: '' }] })).toThrow()
    expect(validateRequest('export:save', { format: 'csv', suggestedName: 'cards.csv', files: [{ suffix: '', base64: 'YQ==' }] })).toBeTruthy()
  })
})
