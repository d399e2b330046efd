/**
 * Helpers for driving the Konva board like a person: click cells, type,
 * drag with the mouse. Notes live on a canvas, so tests find them through
 * the board's read-only hook `window.__journeywallBoardState` (screen
 * rectangles only; it changes nothing) and check results in what the user
 * sees (screenshots, DOM overlays) and in the saved file.
 */
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { expect } from 'vitest'
import type { BoardStateHook } from '../../../renderer/testing/hooks'
import { ARTIFACTS_DIR } from '../../host/host'

export type CardRect = ReturnType<BoardStateHook['cards']>[number]

export async function openTemplate(page: Page, template = 'fiveStage'): Promise<void> {
  await page.click(`[data-template="${template}"]`)
  await page.getByTestId('board').waitFor()
  await expect.poll(() => page.evaluate(() => window.__journeywallBoardState?.stages().length ?? 0)).toBeGreaterThan(0)
  await settle(page)
}

/** Two animation frames: whatever the board scheduled has been painted. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))))
}

export function cards(page: Page): Promise<CardRect[]> {
  return page.evaluate(() => window.__journeywallBoardState?.cards() ?? [])
}

export async function cardByText(page: Page, text: string): Promise<CardRect> {
  const all = await cards(page)
  const found = all.find((c) => c.text === text)
  if (!found) throw new Error(`no card "${text}" among ${all.map((c) => c.text).join(' | ')}`)
  return found
}

export function stages(page: Page): Promise<Array<{ id: string; name: string }>> {
  return page.evaluate(() => window.__journeywallBoardState?.stages() ?? [])
}

export function lanes(page: Page): Promise<Array<{ id: string; kind: string }>> {
  return page.evaluate(() => window.__journeywallBoardState?.lanes() ?? [])
}

/** The free spot of a cell (after its last note), in page px. */
export async function cellSpot(page: Page, stageIndex: number, laneKind: string): Promise<{ x: number; y: number; stageId: string; laneId: string }> {
  const s = (await stages(page))[stageIndex]!
  const l = (await lanes(page)).find((x) => x.kind === laneKind)!
  const cell = await page.evaluate(([sid, lid]) => window.__journeywallBoardState!.cell(sid!, lid!), [s.id, l.id])
  if (!cell) throw new Error('no such cell')
  return { ...cell.free, stageId: s.id, laneId: l.id }
}

/** Quick capture: click a cell, type a note, Enter, type the next… Escape ends. */
export async function quickCapture(page: Page, stageIndex: number, laneKind: string, notes: string[]): Promise<void> {
  // Fit the board first so the cell is on screen, as a facilitator would.
  await page.keyboard.press('Control+1')
  await settle(page)
  const spot = await cellSpot(page, stageIndex, laneKind)
  await page.mouse.click(spot.x, spot.y)
  // Typing a Latin letter on the selected cell opens the note. Playwright types other scripts as
  // committed IME text without a key press, so for those open the note with Enter first (as one can).
  if (!/^[\x20-\x7e]/.test(notes[0] ?? '')) await page.keyboard.press('Enter')
  for (const note of notes) {
    await page.keyboard.type(note)
    await page.keyboard.press('Enter')
  }
  await page.keyboard.press('Escape')
}

export async function shot(page: Page, name: string): Promise<void> {
  // The board re-caches notes at a sharper pixel ratio once a zoom settles (~0.2 s).
  await page.waitForTimeout(400)
  await settle(page)
  await page.screenshot({ path: join(ARTIFACTS_DIR, name) })
}

export function center(r: { x: number; y: number; width: number; height: number }): { x: number; y: number } {
  return { x: r.x + r.width / 2, y: r.y + r.height / 2 }
}

/** Drags with the mouse in small steps, as a hand does. */
export async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }, steps = 12): Promise<void> {
  await page.mouse.move(from.x, from.y)
  await page.mouse.down()
  await page.mouse.move(from.x + 8, from.y + 4, { steps: 2 })
  await page.mouse.move(to.x, to.y, { steps })
  await settle(page)
  await page.mouse.up()
  await settle(page)
}

export function emotionPoints(page: Page): Promise<Array<{ id: string; stageId: string; score: number; x: number; y: number }>> {
  return page.evaluate(() => window.__journeywallBoardState?.emotionPoints() ?? [])
}

export function camera(page: Page): Promise<{ x: number; y: number; scale: number }> {
  return page.evaluate(() => window.__journeywallBoardState!.camera())
}

/** Clicks an empty spot of the board far from notes (the cell of stage 4 in the last lane). */
export async function clickEmpty(page: Page): Promise<void> {
  const box = (await page.getByTestId('board').boundingBox())!
  await page.mouse.click(box.x + box.width - 10, box.y + box.height - 10)
}

/** The toolbar's "Add note": opens a note in the selected (or first visible) cell; Enter adds the next. */
export async function addNotesWithButton(page: Page, notes: string[]): Promise<void> {
  await page.getByRole('button', { name: 'Add note' }).click()
  await page.getByTestId('card-editor').waitFor()
  for (const note of notes) {
    await page.keyboard.type(note)
    await page.keyboard.press('Enter')
  }
  await page.keyboard.press('Escape')
}

/** The texts of the notes on the board, sorted. */
export async function noteTexts(page: Page): Promise<string[]> {
  return (await cards(page)).map((c) => c.text).sort()
}
