/**
 * Print benchmark: a 2,000-card map to one A0 PDF in the test host (the same
 * Chromium print engine as Electron's printToPDF). Reports the time from
 * "Save PDF" to the file on disk (layout, fonts, print view, PDF, write), the
 * PDF step alone, the PDF's size and page count. Not a timed test.
 *
 *   JOURNEYWALL_OUT_DIR=<a build> npx jiti bench/print-a0.ts      (standalone)
 *   import { runPrintA0Bench } from './print-a0'                     (from bench/run.ts)
 */
import { execFile } from 'node:child_process'
import { stat } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { TestHost, tempDir } from '../test/host/host'
import { wallProject } from '../test/e2e/print/fixture'
import { openInPrintDialog } from '../test/e2e/print/open'

export interface PrintBenchResult {
  cards: number
  paper: 'a0'
  /** Click on "Save PDF" → file written, ms. */
  totalMs: number
  /** Chromium's PDF generation alone (page.pdf), ms. */
  pdfMs: number
  bytes: number
  pages: number
  pageSizeMm: string
}

export async function runPrintA0Bench(cards = 2000): Promise<PrintBenchResult> {
  const dir = await tempDir('journeywall-bench-print-')
  const host = await TestHost.start({ dataDir: await tempDir() })
  try {
    const { page } = await host.openWindow()
    await openInPrintDialog(host, page, wallProject(cards), dir)
    await page.getByTestId('print-paper').selectOption('a0')
    await page.getByTestId('scale-fit').check()
    await page.getByTestId('print-summary').waitFor()
    await page.waitForTimeout(1000)
    const pdf = join(dir, 'bench-a0.pdf')
    host.exportDialogs.exportAnswers.push(pdf)
    const started = performance.now()
    await page.getByTestId('print-save-pdf').click()
    await page.getByTestId('print-status').getByText('Saved bench-a0.pdf').waitFor({ timeout: 300_000 })
    const totalMs = performance.now() - started
    const info = (await promisify(execFile)('pdfinfo', [pdf])).stdout
    if (host.foreignRequests.length) throw new Error(`network requests: ${host.foreignRequests.join(', ')}`)
    return {
      cards,
      paper: 'a0',
      totalMs: Math.round(totalMs),
      pdfMs: Math.round(host.pdfTimings.at(-1) ?? NaN),
      bytes: (await stat(pdf)).size,
      pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? NaN),
      pageSizeMm: (/Page size:\s+([\d.]+) x ([\d.]+)/.exec(info) ?? []).slice(1).map((pt) => Math.round((Number(pt) * 25.4) / 72)).join(' × '),
    }
  } finally {
    await host.close()
  }
}

const isMain = typeof process !== 'undefined' && process.argv[1] !== undefined && /print-a0\.(ts|js|mjs)$/.test(process.argv[1])
if (isMain) {
  runPrintA0Bench(Number(process.env.JOURNEYWALL_PRINT_CARDS ?? 2000)).then(
    (r) => {
      console.log(JSON.stringify(r, null, 2))
      console.log(`print A0, ${r.cards} cards: ${(r.totalMs / 1000).toFixed(2)} s total (${(r.pdfMs / 1000).toFixed(2)} s in printToPDF), ${(r.bytes / 1e6).toFixed(1)} MB, ${r.pages} page(s) ${r.pageSizeMm} mm`)
      process.exit(0)
    },
    (error: unknown) => {
      console.error(error)
      process.exit(1)
    },
  )
}
