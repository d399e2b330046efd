/**
 * Wall printing end to end: the real renderer's print view, printed by the
 * same Chromium engine Electron's printToPDF uses (the test host's Printer
 * port), checked with poppler like a person checking the print.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { openInPrintDialog } from './open'
import { ARTIFACTS_DIR, TestHost, tempDir } from '../../host/host'
import { cardText, wallProject } from './fixture'
import { compareRegions, containsWords, normalizeForSearch, pdfFonts, pdfImageCount, pdfPages, pdfText, rasterize, toPng } from './pdf-tools'

let host: TestHost
let page: Page
let dir: string
const SHOTS = join(ARTIFACTS_DIR, 'print')
const CARDS = 300

beforeAll(async () => {
  dir = await tempDir('journeywall-print-')
  await mkdir(SHOTS, { recursive: true })
  host = await TestHost.start({ dataDir: await tempDir() })
  page = (await host.openWindow()).page
  await openInPrintDialog(host, page, wallProject(CARDS), dir)
})

afterAll(async () => {
  expect(host.foreignRequests, 'the app made a network request').toEqual([])
  await host.close()
})

async function summary(): Promise<string> {
  return (await page.getByTestId('print-summary').textContent()) ?? ''
}

async function choose(paper: string, orientation: 'auto' | 'portrait' | 'landscape'): Promise<void> {
  await page.getByTestId('print-paper').selectOption(paper)
  await page.getByTestId('print-orientation').selectOption(orientation)
  await page.getByTestId('scale-fit').check()
  // The preview follows the choices; wait for it to settle.
  await page.waitForTimeout(400)
  await page.getByTestId('print-summary').waitFor()
}

async function savePdf(name: string): Promise<string> {
  const path = join(dir, name)
  host.exportDialogs.exportAnswers.push(path)
  await page.getByTestId('print-save-pdf').click()
  await expect.poll(() => page.getByTestId('print-status').textContent(), { timeout: 90_000 }).toContain(`Saved ${name}`)
  return path
}

function near(actual: number, expected: number, tolerance = 0.5): boolean {
  return Math.abs(actual - expected) <= tolerance
}

/** Cards of each script, by index into the fixture (every 4th card is one script). */
function sampleTexts(script: 0 | 1 | 2): string[] {
  return [0, 1, 2, 3, 4].map((k) => cardText(script + 4 * k))
}

async function expectCardsInText(path: string): Promise<void> {
  const text = normalizeForSearch(await pdfText(path))
  for (const script of [0, 1, 2] as const) {
    const found = sampleTexts(script).filter((t) => containsWords(text, t))
    expect(found, `cards of script ${['Persian', 'Chinese', 'Russian'][script]} in the PDF text`).toEqual(sampleTexts(script))
  }
}

test('one A0 page: size, searchable text in Persian, Chinese and Russian', async () => {
  await choose('a0', 'auto')
  const path = await savePdf('wall-a0.pdf')
  const pages = await pdfPages(path)
  expect(pages).toHaveLength(1)
  const [p] = pages
  expect(near(Math.min(p!.widthMm, p!.heightMm), 841) && near(Math.max(p!.widthMm, p!.heightMm), 1189), JSON.stringify(p)).toBe(true)
  await expectCardsInText(path)
  // Vector: no raster image anywhere; the bundled fonts are embedded (Latin/Cyrillic, Persian, Chinese).
  expect(await pdfImageCount(path)).toBe(0)
  const fonts = await pdfFonts(path)
  expect(fonts.every((f) => f.embedded), JSON.stringify(fonts)).toBe(true)
  for (const family of ['NotoSans', 'Vazirmatn', 'NotoSansSC']) expect(fonts.some((f) => f.name.includes(family)), family).toBe(true)
  await toPng(path, join(SHOTS, 'a0'), 20)
})

test('tiled over A4 portrait with 10 mm overlap and an assembly page; overlaps match their neighbours', async () => {
  await choose('a4', 'portrait')
  await page.getByTestId('scale-sheets').check()
  await page.getByTestId('scale-sheets-n').fill('3')
  await page.getByTestId('print-overlap').fill('10')
  await page.waitForTimeout(400)
  const m = /(\d+) pages · (\d+) × (\d+) sheets/.exec(await summary())
  expect(m, await summary()).not.toBeNull()
  const [total, rows, columns] = [Number(m![1]), Number(m![2]), Number(m![3])]
  expect(columns).toBe(3)
  expect(total).toBe(rows * columns + 1)
  await page.screenshot({ path: join(SHOTS, 'dialog-a4-tiled.png') })

  const path = await savePdf('wall-a4-tiled.pdf')
  const pages = await pdfPages(path)
  expect(pages).toHaveLength(total)
  for (const p of pages) expect(near(p.widthMm, 210) && near(p.heightMm, 297), JSON.stringify(p)).toBe(true)
  await expectCardsInText(path)

  // 127 DPI = 5 px/mm: margins (10 mm), the tile step (190 − 10 mm) and strips land on whole pixels.
  const rasterDir = join(dir, 'raster')
  await mkdir(rasterDir, { recursive: true })
  const sheets = await rasterize(path, rasterDir, 127)
  const px = (mm: number) => Math.round(mm * 5)
  const margin = 10
  const content = { width: 190, height: 277 }
  const overlap = 10
  const inset = 2 // skip the clip edge's anti-aliased pixels
  const stats: Array<{ pair: string; meanDiff: number; badShare: number; inkShare: number }> = []
  const sheet = (r: number, c: number) => sheets[r * columns + c]!
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++) {
      if (c + 1 < columns) {
        const a = sheet(r, c)
        const b = sheet(r, c + 1)
        const d = compareRegions(a, px(margin + content.width - overlap) + inset, px(margin) + inset, b, px(margin) + inset, px(margin) + inset, px(overlap) - 2 * inset, px(content.height) - 2 * inset)
        stats.push({ pair: `${r},${c}→right`, ...d })
      }
      if (r + 1 < rows) {
        const a = sheet(r, c)
        const b = sheet(r + 1, c)
        const d = compareRegions(a, px(margin) + inset, px(margin + content.height - overlap) + inset, b, px(margin) + inset, px(margin) + inset, px(content.width) - 2 * inset, px(overlap) - 2 * inset)
        stats.push({ pair: `${r},${c}→below`, ...d })
      }
    }
  }
  await writeFile(join(SHOTS, 'overlap-stats.json'), JSON.stringify(stats, null, 2))
  expect(stats.length).toBe(rows * (columns - 1) + (rows - 1) * columns)
  for (const s of stats) {
    expect(s.meanDiff, s.pair).toBeLessThan(2)
    expect(s.badShare, s.pair).toBeLessThan(0.002)
  }
  // The strips are not blank paper: the comparison compared something.
  expect(Math.max(...stats.map((s) => s.inkShare))).toBeGreaterThan(0.2)
  await toPng(path, join(SHOTS, 'a4'), 50)
})

test('a 36-inch plotter roll: fixed width, length following the map', async () => {
  await choose('roll36', 'auto')
  const path = await savePdf('wall-roll36.pdf')
  const pages = await pdfPages(path)
  expect(pages).toHaveLength(1)
  const [p] = pages
  const side = [p!.widthMm, p!.heightMm]
  expect(side.some((s) => near(s, 914.4)), JSON.stringify(p)).toBe(true)
  const m = /(\d+) × (\d+) mm/.exec(await summary())
  expect(m).not.toBeNull()
  expect(near(p!.widthMm, Number(m![1]), 1) && near(p!.heightMm, Number(m![2]), 1), `${JSON.stringify(p)} vs ${m![0]}`).toBe(true)
  expect(Math.max(...side)).toBeLessThanOrEqual(5080)
  await expectCardsInText(path)
  await toPng(path, join(SHOTS, 'roll36'), 15)
})

test('Print… sends the job to the system print dialog with its page size', async () => {
  await choose('a3', 'landscape')
  await page.getByTestId('print-system').click()
  await expect.poll(() => host.printJobs.length).toBe(1)
  const { page: size } = host.printJobs[0]!
  expect(near(size.widthMm, 420) && near(size.heightMm, 297), JSON.stringify(size)).toBe(true)
  // The print view is gone again once the job is sent.
  await expect.poll(() => page.getByTestId('print-view').count()).toBe(0)
})

test('SVG, PNG and CSV export write files; the CSV imports back with every row placed', async () => {
  const svgPath = join(dir, 'wall.svg')
  host.exportDialogs.exportAnswers.push(svgPath)
  await page.getByTestId('print-export-svg').click()
  await expect.poll(() => page.getByTestId('print-status').textContent()).toContain('Saved wall.svg')
  const svg = await readFile(svgPath, 'utf8')
  expect(svg).toContain('<svg')
  expect(svg).toContain(cardText(0).split(' ')[0])

  await page.getByTestId('print-dpi').fill('72')
  const pngPath = join(dir, 'wall.png')
  host.exportDialogs.exportAnswers.push(pngPath)
  await page.getByTestId('print-export-png').click()
  await expect.poll(() => page.getByTestId('print-status').textContent(), { timeout: 60_000 }).toContain('Saved wall.png')
  const png = await readFile(pngPath)
  expect([...png.subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG')
  await writeFile(join(SHOTS, 'export.png'), png)

  const csvPath = join(dir, 'cards.csv')
  host.exportDialogs.exportAnswers.push(csvPath)
  await page.getByTestId('print-export-csv').click()
  await expect.poll(() => page.getByTestId('print-status').textContent()).toContain('Saved cards.csv')
  const csv = await readFile(csvPath)
  expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  expect(csv.toString('utf8').split('\r\n').length).toBe(CARDS + 2)

  host.exportDialogs.importAnswers.push(csvPath)
  await page.getByTestId('print-import-csv').click()
  await expect.poll(() => page.getByTestId('print-status').textContent()).toContain(`Imported ${CARDS} cards from cards.csv`)
})
