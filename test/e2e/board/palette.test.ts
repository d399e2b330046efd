/**
 * The command palette and the context menu read the one action registry:
 * Ctrl+K lists every action with its shortcut, finds them by typing in the
 * UI language (English and Persian), runs the chosen one; what can't run now
 * is listed but dimmed. Screenshots of the palette and the context menu in
 * both languages.
 */
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { expect, test } from 'vitest'
import { ARTIFACTS_DIR, type TestHost } from '../../host/host'
import { useHost } from '../../host/use-host'
import { camera, cards, center, noteTexts, openTemplate, quickCapture, settle } from './helpers'

let host: TestHost
// ?test=1: the board's read-only test seam (renderer/testing) is installed.
useHost((started) => (host = started), { windowQuery: '?test=1' })

function palette(page: Page) {
  return page.getByRole('dialog', { name: /Commands|فرمان‌ها/ })
}

async function shotOf(page: Page, name: string): Promise<void> {
  await settle(page)
  await page.screenshot({ path: join(ARTIFACTS_DIR, name) })
}

test('Ctrl+K lists every action with its shortcut, finds and runs one; the context menu shows the same actions', async () => {
  const { page } = await host.openWindow()
  await openTemplate(page, 'fiveStage')
  await quickCapture(page, 0, 'actions', ['Sees an ad on the metro', 'Asks a friend'])
  await page.keyboard.press('Control+0')
  await settle(page)
  const before = await camera(page)

  await page.keyboard.press('Control+K')
  const dialog = palette(page)
  await dialog.waitFor()
  const options = dialog.getByRole('option')
  // Every action with a place in the palette: file, edit, notes, stages and lanes, view, navigation, export.
  expect(await options.count()).toBeGreaterThan(40)
  const fit = dialog.getByRole('option', { name: /Zoom to fit/ })
  await expect.poll(() => fit.textContent()).toContain('Ctrl+1')
  expect(await dialog.getByRole('option', { name: /^Undo/ }).textContent()).toContain('Ctrl+Z')
  expect(await dialog.getByRole('option', { name: /Show all commands/ }).textContent()).toContain('Ctrl+K')
  await shotOf(page, 'palette-en.png')

  // Nothing selected: "Delete notes" is listed, but can't run.
  await dialog.getByRole('combobox').fill('delete not')
  await expect.poll(() => options.count()).toBe(1)
  expect(await options.first().getAttribute('aria-disabled')).toBe('true')
  await page.keyboard.press('Enter')
  expect(await dialog.isVisible()).toBe(true)

  await dialog.getByRole('combobox').fill('fit')
  await expect.poll(async () => (await options.first().textContent()) ?? '').toContain('Zoom to fit')
  await page.keyboard.press('Enter')
  await expect.poll(() => dialog.isVisible()).toBe(false)
  await expect.poll(async () => (await camera(page)).scale).not.toBe(before.scale)
  // The board has the keyboard back: arrow keys move the selection.
  await page.keyboard.press('ArrowRight')

  // Select a note, duplicate it from the palette.
  const note = (await cards(page)).find((c) => c.text === 'Asks a friend')!
  await page.mouse.click(center(note).x, center(note).y)
  await page.keyboard.press('Control+K')
  await dialog.getByRole('combobox').fill('duplic')
  await page.keyboard.press('Enter')
  await expect.poll(() => noteTexts(page)).toEqual(['Asks a friend', 'Asks a friend', 'Sees an ad on the metro'])

  // Escape closes it and gives the board the keyboard back.
  await page.keyboard.press('Control+K')
  await dialog.waitFor()
  await page.keyboard.press('Escape')
  await expect.poll(() => dialog.isVisible()).toBe(false)
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('board')

  // The context menu lists the registry's actions for a note, with their shortcuts.
  const target = (await cards(page))[0]!
  await page.mouse.click(center(target).x, center(target).y, { button: 'right' })
  const menu = page.getByRole('menu')
  await menu.waitFor()
  const items = await menu.getByRole('menuitem').allTextContents()
  expect(items.slice(0, 6)).toEqual(['EditEnter', 'CopyCtrl+C', 'CutCtrl+X', 'DuplicateCtrl+D', 'Zoom to selectionCtrl+2', 'DeleteDel'])
  expect(await menu.getByRole('menuitem', { name: 'Blue', exact: true }).count()).toBe(1)
  await shotOf(page, 'context-menu-en.png')
  await menu.getByRole('menuitem', { name: 'Blue', exact: true }).click()
  await expect.poll(() => menu.isVisible()).toBe(false)
})

test('Persian: the palette speaks Persian, finds by Persian words (Arabic letter forms too), runs the action', async () => {
  const { page } = await host.openWindow()
  await page.getByLabel('Language').first().selectOption('fa')
  await openTemplate(page, 'fiveStage')
  await quickCapture(page, 0, 'actions', ['آگهی را در مترو می‌بیند'])
  await page.keyboard.press('Control+0')
  await settle(page)
  const before = await camera(page)

  await page.keyboard.press('Control+K')
  const dialog = palette(page)
  await dialog.waitFor()
  expect(await page.evaluate(() => getComputedStyle(document.querySelector('dialog.command-palette')!).direction)).toBe('rtl')
  await shotOf(page, 'palette-fa.png')
  // «بزرگ‌نمایی» typed without the zero-width non-joiner and with Arabic yeh.
  await dialog.getByRole('combobox').fill('بزرگنمايي')
  const first = dialog.getByRole('option').first()
  await expect.poll(async () => (await first.textContent()) ?? '').toContain('بزرگ‌نمایی')
  await page.keyboard.press('Enter')
  await expect.poll(async () => (await camera(page)).scale).toBeGreaterThan(before.scale)

  await page.keyboard.press('Control+1')
  await settle(page)
  const note = (await cards(page))[0]!
  await page.mouse.click(center(note).x, center(note).y, { button: 'right' })
  const menu = page.getByRole('menu')
  await menu.waitFor()
  expect(await menu.getByRole('menuitem').first().textContent()).toContain('ویرایش')
  await shotOf(page, 'context-menu-fa.png')
})
