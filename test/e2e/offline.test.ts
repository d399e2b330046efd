/**
 * Acceptance: during the e2e run Chromium makes no request outside the app's
 * own files. Every e2e test asserts `host.foreignRequests` is empty; this file
 * also proves the listener really catches a foreign request, so an empty list
 * means something.
 */
import { afterEach, expect, test } from 'vitest'
import { APP_ORIGIN, TestHost, tempDir } from '../host/host'
import { addNotesWithButton, noteTexts } from './board/helpers'

let host: TestHost
afterEach(async () => host?.close())

test('the request listener catches a request that leaves the app', async () => {
  host = await TestHost.start({ dataDir: await tempDir() })
  const { page } = await host.openWindow()
  // Navigating away is what a hostile link would try; the host refuses and records it.
  await page.goto('https://example.invalid/tracker.png').catch(() => {})
  expect(host.foreignRequests).toEqual(['https://example.invalid/tracker.png'])
})

test('a full session — every template, both directions — requests only the app’s own files', async () => {
  host = await TestHost.start({ dataDir: await tempDir() })
  const seen: string[] = []
  for (const template of ['fourStage', 'fiveStage', 'sixStageEcommerce', 'serviceBlueprint', 'empty']) {
    const { page } = await host.openWindow()
    page.on('request', (r) => seen.push(r.url()))
    await page.reload()
    await page.click(`[data-template="${template}"]`)
    await page.getByTestId('board').waitFor()
    // "Add note" acts once the board has laid out (its fonts are loaded); a click before that does nothing.
    await page.waitForFunction(() => performance.getEntriesByName('jw:board:laid-out').length > 0)
    await addNotesWithButton(page, ['یادداشت 笔记 note'])
    await expect.poll(() => noteTexts(page)).toEqual(['یادداشت 笔记 note'])
    await page.getByLabel('Language').first().selectOption('fa')
    await page.getByLabel('زبان').first().selectOption('en')
    host.dialogs.unsavedAnswers.push('discard')
    await page.getByRole('button', { name: 'Close' }).click()
    await expect.poll(() => page.isClosed()).toBe(true)
  }
  expect(seen.length).toBeGreaterThan(5)
  expect(seen.filter((url) => !url.startsWith(`${APP_ORIGIN}/`) && !url.startsWith('data:'))).toEqual([])
  expect(host.foreignRequests).toEqual([])
})
