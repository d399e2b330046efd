/**
 * A file that takes forever to read freezes nothing: main parses it in a
 * worker thread, the other window's save completes meanwhile, and at the time
 * limit the reader is stopped and the person told plainly.
 *
 * The slowness comes from a TEST SEAM: the host runs the test-only parse
 * worker (test/host/slow-parse-worker.ts), which spins on files containing
 * "deliberately slow". The app's own worker has no such branch, and since
 * reading is linear no real file can be made that slow (see `npm run
 * bench:parse`). The time limit is the app's real one (10 s).
 */
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, inject, test } from 'vitest'
import { parseJourney, serializeJourneyBytes } from '../../shared/format'
import { makeMap, makeProject } from '../../shared/model'
import { ARTIFACTS_DIR, TestHost, tempDir } from '../host/host'
import { SLOW_MARK } from '../host/slow-file'
import { addNotesWithButton } from './board/helpers'

let host: TestHost
let docsDir: string

beforeEach(async () => {
  docsDir = await tempDir('journeywall-docs-')
  host = await TestHost.start({ dataDir: await tempDir(), parsing: { workerFile: inject('slowParseWorkerFile') } })
})
afterEach(async () => {
  expect(host.foreignRequests, 'the app made a network request').toEqual([])
  await host.close()
})

test('while a deliberately slow file is being opened, another window saves; then the reader is stopped and says so', async () => {
  const slowPath = join(docsDir, 'From-a-stranger.journey')
  const slowBytes = serializeJourneyBytes(
    makeProject(`A ${SLOW_MARK} project`, makeMap('Map', [{ name: 'Stage' }], [{ kind: 'actions', title: 'Actions' }])),
  )
  await writeFile(slowPath, slowBytes)

  // Window B: someone's work in progress.
  const b = (await host.openWindow()).page
  await b.click('[data-template="fiveStage"]')
  await b.getByTestId('board').waitFor()
  await addNotesWithButton(b, ['Keeps working while the other window waits'])

  // Window A: open the slow file. The request stays open while the worker spins.
  const a = (await host.openWindow()).page
  host.dialogs.openAnswers.push(slowPath)
  const openStarted = Date.now()
  await a.getByRole('button', { name: 'Open a project…' }).click()
  await expect.poll(() => host.dialogs.asked.includes('open')).toBe(true)

  // Meanwhile B saves, and the save completes.
  const savedPath = join(docsDir, 'Work-in-progress.journey')
  host.dialogs.saveAnswers.push(savedPath)
  await b.keyboard.press('Control+Shift+S')
  await expect.poll(() => b.getByTestId('save-state').textContent()).toBe('All changes saved')
  const saved = parseJourney(new Uint8Array(await readFile(savedPath)))
  expect(saved.ok && saved.project.maps[0]!.cards.map((c) => c.text)).toEqual(['Keeps working while the other window waits'])
  // …and A's file was still being read when it did.
  expect(await a.locator('[data-notice="problem"]').count()).toBe(0)
  expect(Date.now() - openStarted).toBeLessThan(10_000)

  // At the limit the reader is stopped and A says so, in plain words.
  const notice = a.locator('[data-notice="problem"]')
  await notice.waitFor({ timeout: 30_000 })
  const text = (await notice.textContent()) ?? ''
  expect(text).toContain('From-a-stranger.journey')
  expect(text).toContain('This file took too long to read; it may be damaged or made to be slow. Nothing was changed.')
  await a.screenshot({ path: join(ARTIFACTS_DIR, 'too-slow-en.png') })

  // Nothing was changed: the slow file is as it was, A is still on its start screen, B keeps its work.
  expect((await readFile(slowPath)).equals(Buffer.from(slowBytes))).toBe(true)
  expect(await a.getByTestId('board').count()).toBe(0)
  expect(await b.getByTestId('save-state').textContent()).toBe('All changes saved')

  // The same message in Persian, right to left.
  await a.getByLabel('Language').first().selectOption('fa')
  await expect.poll(() => notice.textContent()).toContain('خواندن این پرونده بیش از حد طول کشید')
  expect(await a.evaluate(() => document.documentElement.dir)).toBe('rtl')
  await a.screenshot({ path: join(ARTIFACTS_DIR, 'too-slow-fa.png') })
})
