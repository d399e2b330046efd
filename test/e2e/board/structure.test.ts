/** Stages and lanes on the board: rename, add, reorder, resize, delete (with confirmation). */
import type { Page } from 'playwright-core'
import { expect, test } from 'vitest'
import type { TestHost } from '../../host/host'
import { useHost } from '../../host/use-host'
import { drag, lanes, openTemplate, quickCapture, settle, shot, stages } from './helpers'

let host: TestHost
// ?test=1: the board's read-only test seam (renderer/testing) is installed.
useHost((started) => (host = started), { windowQuery: '?test=1' })

function header(page: Page, stageId: string): Promise<{ x: number; y: number }> {
  return page.evaluate((id) => window.__journeywallBoardState!.stageHeader(id)!, stageId)
}

test('rename, add, reorder, resize and delete stages and lanes', async () => {
  const { page } = await host.openWindow()
  await openTemplate(page, 'fourStage')
  await page.keyboard.press('Control+1')
  await settle(page)
  const [first, second] = await stages(page)

  // Rename: double-click the stage name, type, Enter.
  const at = await header(page, first!.id)
  await page.mouse.dblclick(at.x, at.y)
  const input = page.getByTestId('header-editor')
  await input.waitFor()
  await input.fill('Discover')
  await input.press('Enter')
  await expect.poll(async () => (await stages(page))[0]!.name).toBe('Discover')

  // Add: the + at the end of the stage band adds a stage and opens its name for typing.
  const plus = (await page.evaluate(() => window.__journeywallBoardState!.addButtons()))!
  await page.mouse.click(plus.stage.x, plus.stage.y)
  await input.waitFor()
  await page.keyboard.type('Recommend')
  await page.keyboard.press('Enter')
  await expect.poll(async () => (await stages(page)).map((s) => s.name).at(-1)).toBe('Recommend')

  // Reorder: drag the second stage's header before the first.
  const scale = (await page.evaluate(() => window.__journeywallBoardState!.camera())).scale
  const from = await header(page, second!.id)
  const to = await header(page, first!.id)
  await drag(page, from, { x: to.x - 60 * scale, y: to.y })
  await expect.poll(async () => (await stages(page))[0]!.id).toBe(second!.id)

  // Resize: drag the trailing edge of the (now second) first stage to make it wider.
  await page.keyboard.press('Control+0')
  await settle(page)
  const before = await header(page, first!.id)
  const nextBefore = (await header(page, (await stages(page))[2]!.id)).x
  await page.keyboard.press('Control+1')
  await settle(page)
  const edge = (await page.evaluate((id) => window.__journeywallBoardState!.stageEdge(id), first!.id))!
  const s = (await page.evaluate(() => window.__journeywallBoardState!.camera())).scale
  await drag(page, edge, { x: edge.x + 120 * s, y: edge.y })
  await page.keyboard.press('Control+0')
  await settle(page)
  const after = await header(page, first!.id)
  const nextAfter = (await header(page, (await stages(page))[2]!.id)).x
  // Header centres: the next stage's moves by the whole extra width, this one's by half of it.
  expect(nextAfter - after.x).toBeGreaterThan(nextBefore - before.x + 50)

  // Delete a stage that holds notes: asked first; Cancel keeps it, Delete removes it.
  await page.keyboard.press('Control+1')
  await settle(page)
  await quickCapture(page, 0, 'actions', ['Keeps the stage busy'])
  const doomed = (await stages(page))[0]!
  const dh = await header(page, doomed.id)
  await page.mouse.click(dh.x, dh.y, { button: 'right' })
  await page.getByRole('menuitem', { name: 'Delete stage' }).click()
  const dialog = page.getByRole('dialog')
  await dialog.waitFor()
  expect(await dialog.textContent()).toContain('holds 1 note.')
  await shot(page, 'board-delete-stage-confirm.png')
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  expect((await stages(page)).some((x) => x.id === doomed.id)).toBe(true)
  await page.mouse.click(dh.x, dh.y, { button: 'right' })
  await page.getByRole('menuitem', { name: 'Delete stage' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Delete stage' }).click()
  await expect.poll(async () => (await stages(page)).some((x) => x.id === doomed.id)).toBe(false)

  // Lanes: add one below the first through the lane header's menu, then undo it.
  const laneCount = (await lanes(page)).length
  await page.keyboard.press('Control+1')
  await settle(page)
  const firstLane = (await lanes(page))[0]!
  const laneAt = (await page.evaluate((id) => window.__journeywallBoardState!.laneHeader(id), firstLane.id))!
  await page.mouse.click(laneAt.x, laneAt.y, { button: 'right' })
  await page.getByRole('menuitem', { name: 'Add lane below' }).click()
  await page.getByTestId('header-editor').waitFor()
  await page.keyboard.type('Channels we forgot')
  await page.keyboard.press('Enter')
  await expect.poll(async () => (await lanes(page)).length).toBe(laneCount + 1)
  await page.keyboard.press('Control+1')
  await shot(page, 'board-structure.png')
  await page.keyboard.press('Control+Z')
  await page.keyboard.press('Control+Z')
  await expect.poll(async () => (await lanes(page)).length).toBe(laneCount)
})
