/** Zoom to fit, save and reopen the same board, and the board at 25 %, 100 %, 400 % in English and Persian. */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { expect, test } from 'vitest'
import { parseJourney } from '../../../shared/format'
import { tempDir, type TestHost } from '../../host/host'
import { useHost } from '../../host/use-host'
import { camera, cardByText, cards, center, drag, emotionPoints, openTemplate, quickCapture, settle, shot } from './helpers'

let host: TestHost
// ?test=1: the board's read-only test seam (renderer/testing) is installed.
useHost((started) => (host = started), { windowQuery: '?test=1' })

/** A small workshop: notes in several languages and lanes, an arrow, two emotion points. */
async function fillBoard(page: Page, rtl: boolean): Promise<void> {
  await quickCapture(page, 0, 'actions', rtl ? ['آگهی را در اینستاگرام می‌بیند', 'از دوستش می‌پرسد'] : ['Sees an ad on the metro', 'Asks a friend who bought one'])
  await quickCapture(page, 1, 'thoughts', ['在网上比较价格，看看哪家便宜', 'Очередь в кассу слишком длинная', 'Is the blue one in stock in my size?'])
  await quickCapture(page, 2, 'pain_points', rtl ? ['گزینه پرداخت اقساطی وجود ندارد و مشتری سبد خرید را رها می‌کند و به فروشگاه دیگری می‌رود'] : ['No pay-later option: abandons the cart and goes to another shop'])
  await quickCapture(page, 3, 'opportunities', rtl ? ['پرداخت اقساطی اضافه شود'] : ['Offer pay later at checkout'])
  await page.keyboard.press('Control+1')
  await settle(page)
  const points = (await emotionPoints(page)).filter((p) => p.id.startsWith('ghost:'))
  await drag(page, points[0]!, { x: points[0]!.x, y: points[0]!.y - 40 })
  await drag(page, points[2]!, { x: points[2]!.x, y: points[2]!.y + 40 })
  const from = (await cards(page))[0]!
  await page.mouse.click(from.x + 10, from.y + 10)
  await settle(page)
  const handle = await page.evaluate(() => window.__journeywallBoardState!.linkHandle())
  const pain = (await cards(page)).find((c) => c.text.length > 40)!
  await drag(page, handle!, center(pain))
  await expect.poll(() => page.evaluate(() => window.__journeywallBoardState!.linkCount())).toBe(1)
  await page.keyboard.press('Escape')
  await page.mouse.move(2, 2)
}

test('zoom to fit shows the whole board; 100 % and zoom in/out step by round levels', async () => {
  const { page } = await host.openWindow()
  await openTemplate(page, 'sixStageEcommerce')
  await page.keyboard.press('Control+0')
  await settle(page)
  expect((await camera(page)).scale).toBe(1)
  await page.keyboard.press('Control+=')
  expect((await camera(page)).scale).toBe(1.25)
  await page.keyboard.press('Control+-')
  await page.keyboard.press('Control+-')
  expect((await camera(page)).scale).toBe(0.75)
  await page.getByRole('button', { name: 'Fit' }).click()
  await settle(page)
  const box = (await page.getByTestId('board').boundingBox())!
  const state = await page.evaluate(() => {
    const s = window.__journeywallBoardState!
    const st = s.stages()
    return { first: s.stageHeader(st[0]!.id), last: s.stageHeader(st[st.length - 1]!.id) }
  })
  for (const p of [state.first!, state.last!]) {
    expect(p.x).toBeGreaterThan(box.x)
    expect(p.x).toBeLessThan(box.x + box.width)
    expect(p.y).toBeGreaterThan(box.y)
  }
  await shot(page, 'board-fit.png')
})

test('save, reopen: the same file contents and the same picture', async () => {
  const docsDir = await tempDir('journeywall-docs-')
  const { page } = await host.openWindow()
  await openTemplate(page, 'fiveStage')
  await fillBoard(page, false)
  const path = join(docsDir, 'Workshop.journey')
  host.dialogs.saveAnswers.push(path)
  await page.keyboard.press('Control+Shift+S')
  await expect.poll(() => page.getByTestId('save-state').textContent()).toBe('All changes saved')
  const saved = await readFile(path, 'utf8')
  const parsed = parseJourney(new Uint8Array(Buffer.from(saved)))
  expect(parsed.ok).toBe(true)
  if (!parsed.ok) return
  const map = parsed.project.maps[0]!
  expect(map.cards.length).toBe(7)
  expect(map.links.length).toBe(1)
  expect(map.emotionPoints.length).toBe(2)
  // Same conditions for both pictures: no notice above the board, the board not focused, fitted.
  await page.getByRole('button', { name: 'Dismiss' }).click()
  await page.locator('.file-line').click()
  await page.keyboard.press('Control+1')
  await page.mouse.move(2, 2)
  await shot(page, 'board-before-reopen.png')
  const before = await page.getByTestId('board').screenshot()

  await page.getByRole('button', { name: 'Close' }).click()
  await expect.poll(() => page.isClosed()).toBe(true)
  const reopened = (await host.openWindow()).page
  await reopened.getByRole('button', { name: 'Workshop.journey' }).click()
  await reopened.getByTestId('board').waitFor()
  await expect.poll(async () => (await cards(reopened)).length).toBe(7)
  await reopened.locator('.file-line').click()
  await reopened.keyboard.press('Control+1')
  await reopened.mouse.move(2, 2)
  await shot(reopened, 'board-after-reopen.png')
  const after = await reopened.getByTestId('board').screenshot()
  expect(after.equals(before), 'the reopened board looks the same').toBe(true)
  // Opening changed nothing on disk.
  expect(await readFile(path, 'utf8')).toBe(saved)
  expect(await reopened.getByTestId('save-state').textContent()).toBe('All changes saved')
  expect((await cardByText(reopened, 'Offer pay later at checkout')).text).toBe('Offer pay later at checkout')
})

async function zoomShots(page: Page, prefix: string): Promise<void> {
  // 25 %: Ctrl+0 then zoom out by round steps.
  await page.keyboard.press('Control+0')
  while ((await camera(page)).scale > 0.25) await page.keyboard.press('Control+-')
  expect((await camera(page)).scale).toBe(0.25)
  await shot(page, `${prefix}-25.png`)
  // 100 % around a note: ctrl+wheel zoom at the pointer, as with a trackpad pinch.
  await page.keyboard.press('Control+1')
  const note = (await cards(page)).find((c) => c.text.length > 40)!
  await page.keyboard.press('Control+0')
  const target = (await cards(page)).find((c) => c.id === note.id)!
  const box = (await page.getByTestId('board').boundingBox())!
  // Pan so the long note is near the middle (wheel pans).
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
  await page.mouse.wheel(target.x + target.width / 2 - (box.x + box.width / 2), target.y + target.height / 2 - (box.y + box.height / 2))
  await settle(page)
  expect((await camera(page)).scale).toBe(1)
  await shot(page, `${prefix}-100.png`)
  // 400 %: zoom in with ctrl+wheel at the note until the limit.
  const at = (await cards(page)).find((c) => c.id === note.id)!
  await page.mouse.move(at.x + 30, at.y + 30)
  await page.keyboard.down('Control')
  for (let i = 0; i < 12 && (await camera(page)).scale < 4; i++) await page.mouse.wheel(0, -120)
  await page.keyboard.up('Control')
  expect((await camera(page)).scale).toBe(4)
  await shot(page, `${prefix}-400.png`)
}

test('English board at 25 %, 100 % and 400 %', async () => {
  const { page } = await host.openWindow()
  await openTemplate(page, 'fiveStage')
  await fillBoard(page, false)
  await zoomShots(page, 'board-en')
})

test('Persian board (right to left) at 25 %, 100 % and 400 %', async () => {
  const { page } = await host.openWindow()
  await page.getByLabel('Language').first().selectOption('fa')
  await openTemplate(page, 'fiveStage')
  // Stages run right to left: the first stage is rightmost.
  const xs = await page.evaluate(() => {
    const s = window.__journeywallBoardState!
    return s.stages().map((st) => s.stageHeader(st.id)!.x)
  })
  expect([...xs].sort((a, b) => b - a)).toEqual(xs)
  await fillBoard(page, true)
  await zoomShots(page, 'board-fa')
})
