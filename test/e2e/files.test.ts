/** Project files end to end: the real renderer, the real main services, real files on disk. */
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { parseJourney, serializeJourney } from '../../shared/format'
import { ARTIFACTS_DIR, TestHost, tempDir } from '../host/host'
import { addNotesWithButton, noteTexts } from './board/helpers'

let host: TestHost
let docsDir: string

beforeEach(async () => {
  docsDir = await tempDir('journeywall-docs-')
  host = await TestHost.start({ dataDir: await tempDir(), windowQuery: '?test=1' })
})
afterEach(async () => {
  expect(host.foreignRequests, 'the app made a network request').toEqual([])
  await host.close()
})

async function newProjectWithNotes(page: Page, notes: string[]): Promise<void> {
  await page.click('[data-template="fiveStage"]')
  await page.getByTestId('board').waitFor()
  await addNotesWithButton(page, notes)
  await expect.poll(() => noteCount(page)).toBe(notes.length)
}

/** The note count the user sees under the toolbar ("2 notes"). */
async function noteCount(page: Page): Promise<number> {
  const line = (await page.locator('.file-line').textContent()) ?? ''
  return Number(/(\d+) notes?/.exec(line)?.[1] ?? NaN)
}

const saveState = (page: Page) => page.getByTestId('save-state').textContent()

async function saveAs(page: Page, path: string): Promise<void> {
  host.dialogs.saveAnswers.push(path)
  await page.keyboard.press('Control+Shift+S')
  await expect.poll(() => saveState(page)).toBe('All changes saved')
}

test('save, close, reopen: the same board comes back', async () => {
  const { page } = await host.openWindow()
  await newProjectWithNotes(page, ['Compares prices', 'Очередь в кассу'])
  const path = join(docsDir, 'Checkout-journey.journey')
  await saveAs(page, path)
  const onDisk = parseJourney(new Uint8Array(await readFile(path)))
  expect(onDisk.ok && onDisk.project.maps[0]!.cards.map((c) => c.text).sort()).toEqual(['Compares prices', 'Очередь в кассу'])

  await page.getByRole('button', { name: 'Close' }).click()
  await expect.poll(() => page.isClosed()).toBe(true)

  const reopened = (await host.openWindow()).page
  // Recent files list it; open it from there.
  await reopened.getByRole('button', { name: 'Checkout-journey.journey' }).click()
  await reopened.getByTestId('board').waitFor()
  await expect.poll(() => noteTexts(reopened)).toEqual(['Compares prices', 'Очередь в кассу'])
  expect(await saveState(reopened)).toBe('All changes saved')
})

test('a broken file gets a clear message and the open project stays untouched', async () => {
  const { page } = await host.openWindow()
  await newProjectWithNotes(page, ['Keeps this note'])
  const good = join(docsDir, 'Good.journey')
  await saveAs(page, good)
  const before = await readFile(good)

  const broken = join(docsDir, 'Broken.journey')
  await writeFile(broken, '{"format":"journeywall","version":1,"project":{"id":')
  host.dialogs.openAnswers.push(broken)
  await page.keyboard.press('Control+O')
  const notice = page.locator('[data-notice="problem"]')
  await notice.waitFor()
  expect(await notice.textContent()).toContain('Broken.journey')
  // Said in a workshop's words: what happened and what to do, no "JSON".
  expect(await notice.textContent()).toContain('This file is incomplete')
  expect(await notice.textContent()).toContain('Ask the sender for a fresh copy')
  expect(await notice.textContent()).not.toContain('JSON')
  await page.screenshot({ path: join(ARTIFACTS_DIR, 'broken-file.png') })

  // Nothing else changed: same board, still saved, file untouched.
  expect(await noteCount(page)).toBe(1)
  expect(await saveState(page)).toBe('All changes saved')
  expect((await readFile(good)).equals(before)).toBe(true)
  expect(await readFile(broken, 'utf8')).toBe('{"format":"journeywall","version":1,"project":{"id":')
})

test('a change made on disk by another program is noticed and can be loaded', async () => {
  const { page } = await host.openWindow()
  await newProjectWithNotes(page, ['Original note'])
  const path = join(docsDir, 'Shared.journey')
  await saveAs(page, path)

  const parsed = parseJourney(new Uint8Array(await readFile(path)))
  if (!parsed.ok) throw new Error('saved file must parse')
  const theirs = { ...parsed.project, name: 'Edited by a colleague' }
  await writeFile(path, serializeJourney(theirs))

  const banner = page.locator('[data-notice="changed-on-disk"]')
  await banner.waitFor({ timeout: 10_000 })
  await banner.getByRole('button', { name: 'Load their version' }).click()
  await expect.poll(() => page.locator('.project-name').inputValue()).toBe('Edited by a colleague')
})

test('saving over a file changed on disk asks first', async () => {
  const { page } = await host.openWindow()
  await newProjectWithNotes(page, ['Mine'])
  const path = join(docsDir, 'Conflict.journey')
  await saveAs(page, path)
  const parsed = parseJourney(new Uint8Array(await readFile(path)))
  if (!parsed.ok) throw new Error('saved file must parse')
  await writeFile(path, serializeJourney({ ...parsed.project, name: 'Theirs' }))

  await addNotesWithButton(page, ['Another of mine'])
  host.dialogs.conflictAnswers.push('overwrite')
  await page.keyboard.press('Control+S')
  await expect.poll(() => saveState(page)).toBe('All changes saved')
  expect(host.dialogs.asked).toContain('conflict')
  const after = parseJourney(new Uint8Array(await readFile(path)))
  expect(after.ok && after.project.maps[0]!.cards.length).toBe(2)
})

test('closing with unsaved changes asks; Cancel keeps the window, Save saves then closes', async () => {
  const { page } = await host.openWindow()
  await newProjectWithNotes(page, ['Do not lose me'])

  host.dialogs.unsavedAnswers.push('cancel')
  await page.getByRole('button', { name: 'Close' }).click()
  await expect.poll(() => host.dialogs.asked.filter((a) => a === 'unsaved').length).toBe(1)
  expect(page.isClosed()).toBe(false)
  expect(await noteCount(page)).toBe(1)

  const path = join(docsDir, 'Kept.journey')
  host.dialogs.unsavedAnswers.push('save')
  host.dialogs.saveAnswers.push(path)
  await page.getByRole('button', { name: 'Close' }).click()
  await expect.poll(() => page.isClosed()).toBe(true)
  const saved = parseJourney(new Uint8Array(await readFile(path)))
  expect(saved.ok && saved.project.maps[0]!.cards[0]!.text).toBe('Do not lose me')
})

test('undo and redo follow the saved state', async () => {
  const { page } = await host.openWindow()
  await newProjectWithNotes(page, ['One'])
  await saveAs(page, join(docsDir, 'Undo.journey'))
  await addNotesWithButton(page, ['Two'])
  expect(await saveState(page)).toBe('Unsaved changes')
  await page.locator('body').click({ position: { x: 5, y: 790 } })
  await page.keyboard.press('Control+Z')
  await expect.poll(() => noteCount(page)).toBe(1)
  expect(await saveState(page)).toBe('All changes saved')
  await page.keyboard.press('Control+Shift+Z')
  await expect.poll(() => noteCount(page)).toBe(2)
  expect(await saveState(page)).toBe('Unsaved changes')
})
