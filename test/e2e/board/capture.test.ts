/** Quick capture and in-place editing on the Konva board. */
import { expect, test } from 'vitest'
import type { TestHost } from '../../host/host'
import { useHost } from '../../host/use-host'
import { cardByText, cards, cellSpot, openTemplate, quickCapture, settle, shot } from './helpers'

let host: TestHost
// ?test=1: the board's read-only test seam (renderer/testing) is installed.
useHost((started) => (host = started), { windowQuery: '?test=1' })

test('quick capture: select a cell, type, Enter, type the next — 10 notes by keyboard', async () => {
  const { page } = await host.openWindow()
  await openTemplate(page, 'fiveStage')
  const notes = [
    'Sees an ad on the metro',
    'Asks a friend',
    'Reads reviews',
    'Compares prices online',
    'Visits the store',
    'Очередь в кассу',
    '在网上比较价格',
    'آگهی را در اینستاگرام می‌بیند',
    'Signs up for the newsletter',
    'Follows on social media',
  ]
  await quickCapture(page, 0, 'actions', notes)
  await expect.poll(async () => (await cards(page)).length).toBe(10)
  const spot = await cellSpot(page, 0, 'actions')
  const inCell = (await cards(page)).filter((c) => c.stageId === spot.stageId && c.laneId === spot.laneId)
  expect(inCell.map((c) => c.text)).toEqual(notes)
  // The editor closed on Escape and nothing empty was added.
  expect(await page.getByTestId('card-editor').isHidden()).toBe(true)
  await page.keyboard.press('Control+1')
  await shot(page, 'board-quick-capture.png')
})

test('double-click a note to edit it in place; Shift+Enter is a newline; Persian text', async () => {
  const { page } = await host.openWindow()
  await openTemplate(page, 'fiveStage')
  await quickCapture(page, 1, 'thoughts', ['Too many steps'])
  const card = await cardByText(page, 'Too many steps')
  await page.mouse.dblclick(card.x + card.width / 2, card.y + card.height / 2)
  const editor = page.getByTestId('card-editor')
  await editor.waitFor()
  expect(await editor.getAttribute('dir')).toBe('auto')
  await editor.fill('')
  await page.keyboard.type('مراحل پرداخت زیاد است')
  await page.keyboard.press('Shift+Enter')
  await page.keyboard.type('و کد تخفیف کار نمی‌کند')
  await page.keyboard.press('Enter')
  await settle(page)
  expect(await editor.isHidden()).toBe(true)
  const edited = (await cards(page)).find((c) => c.text.startsWith('مراحل'))
  expect(edited?.text).toBe('مراحل پرداخت زیاد است\nو کد تخفیف کار نمی‌کند')
  await page.keyboard.press('Control+0')
  await shot(page, 'board-edit-persian.png')
})
