/** A right-to-left print: Persian UI, the map follows it (stage 1 on the right), text stays searchable. */
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { openInPrintDialog } from './open'
import { ARTIFACTS_DIR, TestHost, tempDir } from '../../host/host'
import { PERSIAN, wallProject } from './fixture'
import { containsWords, normalizeForSearch, pdfPages, pdfText, toPng } from './pdf-tools'

let host: TestHost
let dir: string

beforeAll(async () => {
  dir = await tempDir('journeywall-print-rtl-')
  host = await TestHost.start({ dataDir: await tempDir(), browserLocale: 'fa-IR' })
})
afterAll(async () => {
  expect(host.foreignRequests, 'the app made a network request').toEqual([])
  await host.close()
})

test('an RTL map printed on A2 from the Persian UI', async () => {
  const { page } = await host.openWindow()
  const project = wallProject(80)
  const map = project.maps[0]!
  map.direction = 'auto'
  map.name = 'سفر خرید آنلاین'
  map.stages.forEach((s, i) => (s.name = ['آگاهی', 'بررسی', 'جذب', 'خرید', 'خدمات', 'وفاداری'][i]!))
  await openInPrintDialog(host, page, project, dir)
  await page.getByTestId('print-paper').selectOption('a2')
  await page.waitForTimeout(400)
  await mkdir(join(ARTIFACTS_DIR, 'print'), { recursive: true })
  await page.screenshot({ path: join(ARTIFACTS_DIR, 'print', 'dialog-fa.png') })
  const pdf = join(dir, 'rtl.pdf')
  host.exportDialogs.exportAnswers.push(pdf)
  await page.getByTestId('print-save-pdf').click()
  await expect.poll(() => page.getByTestId('print-status').textContent(), { timeout: 60_000 }).toContain('rtl.pdf')
  const pages = await pdfPages(pdf)
  expect(pages).toHaveLength(1)
  expect(Math.min(pages[0]!.widthMm, pages[0]!.heightMm)).toBeCloseTo(420, 0)
  const text = normalizeForSearch(await pdfText(pdf))
  for (const t of PERSIAN) expect(containsWords(text, t), t).toBe(true)
  expect(containsWords(text, 'سفر خرید آنلاین')).toBe(true)
  await toPng(pdf, join(ARTIFACTS_DIR, 'print', 'rtl-a2'), 30)
})
