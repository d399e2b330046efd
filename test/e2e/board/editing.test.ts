/** Moving notes, undo/redo, clipboard, emotion points and arrows on the Konva board. */
import { expect, test } from 'vitest'
import type { TestHost } from '../../host/host'
import { useHost } from '../../host/use-host'
import { cardByText, cards, cellSpot, center, drag, emotionPoints, openTemplate, quickCapture, settle, shot } from './helpers'

let host: TestHost
// ?test=1: the board's read-only test seam (renderer/testing) is installed.
useHost((started) => (host = started), { windowQuery: '?test=1' })

test('drag a note to another stage and lane, then undo and redo the move', async () => {
  const { page } = await host.openWindow()
  await openTemplate(page, 'fiveStage')
  await quickCapture(page, 0, 'actions', ['Stays here', 'Moves to purchase pain'])
  await page.keyboard.press('Control+1')
  await settle(page)
  const moving = await cardByText(page, 'Moves to purchase pain')
  const target = await cellSpot(page, 2, 'pain_points')
  await drag(page, center(moving), target)
  await expect.poll(async () => (await cardByText(page, 'Moves to purchase pain')).stageId).toBe(target.stageId)
  const moved = await cardByText(page, 'Moves to purchase pain')
  expect(moved.laneId).toBe(target.laneId)
  await shot(page, 'board-drag-moved.png')

  await page.keyboard.press('Control+Z')
  await expect.poll(async () => (await cardByText(page, 'Moves to purchase pain')).stageId).not.toBe(target.stageId)
  const back = await cardByText(page, 'Moves to purchase pain')
  const stays = await cardByText(page, 'Stays here')
  expect([back.stageId, back.laneId]).toEqual([stays.stageId, stays.laneId])

  await page.keyboard.press('Control+Shift+Z')
  await expect.poll(async () => (await cardByText(page, 'Moves to purchase pain')).laneId).toBe(target.laneId)
  expect((await cardByText(page, 'Moves to purchase pain')).stageId).toBe(target.stageId)
})

test('paste 5 lines of plain text: 5 notes; copy and paste notes between cells', async () => {
  const { page } = await host.openWindow()
  await openTemplate(page, 'fiveStage')
  const spot = await cellSpot(page, 1, 'thoughts')
  await page.mouse.click(spot.x, spot.y)
  const lines = ['Is it in stock?', 'Where is my discount code?', 'چرا ارسال گران است؟', '为什么这么慢', 'Can I pay later?']
  // What the browser does when a person presses Ctrl+V with five lines copied from another program.
  await page.evaluate((text) => {
    const data = new DataTransfer()
    data.setData('text/plain', text)
    document.activeElement!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))
  }, lines.join('\n'))
  await expect.poll(async () => (await cards(page)).length).toBe(5)
  const pasted = (await cards(page)).filter((c) => c.stageId === spot.stageId && c.laneId === spot.laneId)
  expect(pasted.map((c) => c.text)).toEqual(lines)
  await shot(page, 'board-paste-lines.png')

  // Copy two of them (shift-click), paste into another cell: our own clipboard format, through real copy/paste events.
  const a = await cardByText(page, 'Is it in stock?')
  const b = await cardByText(page, 'Can I pay later?')
  await page.mouse.click(a.x + 20, a.y + 20)
  await page.keyboard.down('Shift')
  await page.mouse.click(b.x + 20, b.y + 20)
  await page.keyboard.up('Shift')
  const copied = await page.evaluate(() => {
    const data = new DataTransfer()
    document.activeElement!.dispatchEvent(new ClipboardEvent('copy', { clipboardData: data, bubbles: true, cancelable: true }))
    return { json: data.getData('application/x-journeywall+json'), text: data.getData('text/plain') }
  })
  expect(copied.text).toBe('Is it in stock?\nCan I pay later?')
  await page.keyboard.press('Control+1')
  await settle(page)
  const other = await cellSpot(page, 3, 'opportunities')
  await page.mouse.click(other.x, other.y)
  await page.evaluate((json) => {
    const data = new DataTransfer()
    data.setData('application/x-journeywall+json', json)
    data.setData('text/plain', 'ignored when our own format is there')
    document.activeElement!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))
  }, copied.json)
  await expect.poll(async () => (await cards(page)).length).toBe(7)
  const copies = (await cards(page)).filter((c) => c.stageId === other.stageId && c.laneId === other.laneId)
  expect(copies.map((c) => c.text)).toEqual(['Is it in stock?', 'Can I pay later?'])
  // Delete removes the selection (the pasted copies are selected).
  await page.keyboard.press('Delete')
  await expect.poll(async () => (await cards(page)).length).toBe(5)
})

test('move an emotion point up and down; give it a reason', async () => {
  const { page } = await host.openWindow()
  await openTemplate(page, 'fiveStage')
  await page.keyboard.press('Control+0')
  await settle(page)
  const stage = (await page.evaluate(() => window.__journeywallBoardState!.stages()))[1]!
  // No point yet at stage 2: a hollow handle on the neutral line; drag it up to create a happy point.
  const ghost = (await emotionPoints(page)).find((p) => p.id === `ghost:${stage.id}`)!
  await drag(page, ghost, { x: ghost.x, y: ghost.y - 200 })
  await expect.poll(async () => (await emotionPoints(page)).find((p) => p.stageId === stage.id && !p.id.startsWith('ghost:'))?.score).toBe(2)
  const happy = (await emotionPoints(page)).find((p) => p.stageId === stage.id && !p.id.startsWith('ghost:'))!
  // Drag it down below neutral.
  await drag(page, happy, { x: happy.x, y: happy.y + 110 })
  await expect.poll(async () => (await emotionPoints(page)).find((p) => p.id === happy.id)?.score).toBeLessThan(0)
  // Double-click the face to write why.
  const sad = (await emotionPoints(page)).find((p) => p.id === happy.id)!
  await page.mouse.dblclick(sad.x, sad.y)
  const input = page.getByTestId('header-editor')
  await input.waitFor()
  await input.fill('The payment option is missing')
  await input.press('Enter')
  // A second stage point to see the curve.
  const ghost3 = (await emotionPoints(page)).find((p) => p.id.startsWith('ghost:') && p.x > sad.x + 100)!
  await drag(page, ghost3, { x: ghost3.x, y: ghost3.y - 60 })
  await expect.poll(async () => (await emotionPoints(page)).filter((p) => !p.id.startsWith('ghost:')).length).toBe(2)
  await shot(page, 'board-emotion-points.png')
  await page.keyboard.press('Control+Z')
  await expect.poll(async () => (await emotionPoints(page)).filter((p) => !p.id.startsWith('ghost:')).length).toBe(1)
})

test('draw an arrow from one note to another; it follows the note when moved', async () => {
  const { page } = await host.openWindow()
  await openTemplate(page, 'fiveStage')
  await quickCapture(page, 0, 'touchpoints', ['Instagram ad'])
  await quickCapture(page, 3, 'touchpoints', ['Checkout page'])
  await quickCapture(page, 1, 'touchpoints', ['Review site'])
  await page.keyboard.press('Control+1')
  await settle(page)
  const from = await cardByText(page, 'Instagram ad')
  await page.mouse.click(from.x + 20, from.y + 20)
  await settle(page)
  const handle = await page.evaluate(() => window.__journeywallBoardState!.linkHandle())
  expect(handle).not.toBeNull()
  const to = await cardByText(page, 'Checkout page')
  await drag(page, handle!, center(to))
  await expect.poll(() => page.evaluate(() => window.__journeywallBoardState!.linkCount())).toBe(1)
  // A → C → B: a second arrow back.
  await page.mouse.click(to.x + 20, to.y + 20)
  await settle(page)
  const handle2 = await page.evaluate(() => window.__journeywallBoardState!.linkHandle())
  await drag(page, handle2!, center(await cardByText(page, 'Review site')))
  await expect.poll(() => page.evaluate(() => window.__journeywallBoardState!.linkCount())).toBe(2)
  // Move the target: the arrow is re-routed to it.
  const spot = await cellSpot(page, 4, 'pain_points')
  await drag(page, center(await cardByText(page, 'Checkout page')), spot)
  await expect.poll(async () => (await cardByText(page, 'Checkout page')).stageId).toBe(spot.stageId)
  expect(await page.evaluate(() => window.__journeywallBoardState!.linkCount())).toBe(2)
  await page.keyboard.press('Escape')
  await page.keyboard.press('Control+0')
  await page.keyboard.press('Control+1')
  await shot(page, 'board-links.png')
})
