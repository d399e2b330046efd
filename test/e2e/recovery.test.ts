/**
 * Acceptance: edit a new project, kill the host without saving, start again:
 * the draft is offered, restored, and can be saved.
 */
import { readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, expect, test } from 'vitest'
import { parseJourney } from '../../shared/format'
import { appDataPaths } from '../../main/app-services'
import { ARTIFACTS_DIR, TestHost, tempDir } from '../host/host'
import { addNotesWithButton, noteTexts } from './board/helpers'

let hosts: TestHost[] = []
afterEach(async () => {
  await Promise.all(hosts.map((h) => h.close()))
  hosts = []
})

async function start(dataDir: string): Promise<TestHost> {
  const host = await TestHost.start({ dataDir, windowQuery: '?test=1' })
  hosts.push(host)
  return host
}

test('unsaved work survives a crash: offered, restored and saved', async () => {
  const dataDir = await tempDir()
  const docsDir = await tempDir()
  const notes = ['Sees an ad on the metro', 'آگهی را در اینستاگرام می‌بیند', '在网上比较价格']

  // First run: a new project, three notes, never saved.
  const first = await start(dataDir)
  const { page } = await first.openWindow()
  await page.click('[data-template="fiveStage"]')
  await page.getByTestId('board').waitFor()
  await addNotesWithButton(page, notes)
  await expect.poll(async () => (await noteTexts(page)).length).toBe(3)
  // The draft is written about a second after the last change.
  await expect
    .poll(async () => (await readdir(appDataPaths(dataDir).drafts).catch(() => [])).length, { timeout: 10_000 })
    .toBeGreaterThan(0)
  first.kill()

  // Second run: the start screen offers the draft.
  const second = await start(dataDir)
  const again = (await second.openWindow()).page
  const offer = again.getByTestId('recover')
  await offer.waitFor()
  await again.screenshot({ path: join(ARTIFACTS_DIR, 'recovery-offer.png') })
  await offer.getByRole('button', { name: 'Restore' }).click()
  await again.getByTestId('board').waitFor()
  await expect.poll(() => noteTexts(again)).toEqual([...notes].sort())
  await expect.poll(() => again.getByTestId('save-state').textContent()).toBe('Unsaved changes')

  // Saving it writes a real file and retires the draft.
  const target = join(docsDir, 'Recovered.journey')
  second.dialogs.saveAnswers.push(target)
  await again.getByRole('button', { name: 'Save', exact: true }).click()
  await expect.poll(() => again.getByTestId('save-state').textContent()).toBe('All changes saved')
  const saved = parseJourney(new Uint8Array(await readFile(target)))
  expect(saved.ok).toBe(true)
  if (!saved.ok) return
  expect(saved.project.maps[0]!.cards.map((c) => c.text).sort()).toEqual([...notes].sort())
  expect(await readdir(appDataPaths(dataDir).drafts)).toEqual([])

  expect(first.foreignRequests).toEqual([])
  expect(second.foreignRequests).toEqual([])
})
