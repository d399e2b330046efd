/** Drag a .journey file onto the window: it opens; a non-journey file is refused with a message. */
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterEach, expect, test } from 'vitest'
import { serializeJourney } from '../../shared/format'
import { makeMap, makeProject } from '../../shared/model'
import { TestHost, tempDir } from '../host/host'

let host: TestHost
afterEach(async () => {
  expect(host.foreignRequests).toEqual([])
  await host.close()
})

/** What the OS does on a drop: a File in a DataTransfer; the path comes from the preload's webUtils stand-in. */
async function dropFile(page: Page, path: string, name: string): Promise<void> {
  await page.evaluate(
    ([path, name]) => {
      const file = new File(['ignored: main reads the file from disk'], name)
      ;(window as unknown as { __jwDropPaths: Map<File, string> }).__jwDropPaths.set(file, path)
      const data = new DataTransfer()
      data.items.add(file)
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }))
    },
    [path, name] as const,
  )
}

test('dropping a .journey file opens it; dropping another kind of file explains why not', async () => {
  host = await TestHost.start({ dataDir: await tempDir() })
  const dir = await tempDir('journeywall-drop-')
  const path = join(dir, 'Dropped.journey')
  await writeFile(path, serializeJourney(makeProject('Dropped project', makeMap('Map', [{ name: 'Awareness' }], [{ kind: 'actions', title: 'Actions' }]))))
  const { page, windowId } = await host.openWindow()
  await page.waitForSelector('.templates')

  await dropFile(page, join(dir, 'notes.txt'), 'notes.txt')
  const notice = page.locator('[data-notice="problem"]')
  await notice.waitFor()
  expect(await notice.textContent()).toContain('.journey')

  await dropFile(page, path, 'Dropped.journey')
  await expect.poll(() => host.titles.get(windowId)?.title).toBe('Dropped.journey')
  await expect.poll(() => page.locator('.templates').count()).toBe(0)
})

test('a file main opens into an empty window on its own (native Open Recent) is shown there', async () => {
  host = await TestHost.start({ dataDir: await tempDir() })
  const dir = await tempDir('journeywall-recent-')
  const path = join(dir, 'From-menu.journey')
  await writeFile(path, serializeJourney(makeProject('Opened from the menu', makeMap('Map', [{ name: 'Awareness' }], [{ kind: 'actions', title: 'Actions' }]))))
  const { page, windowId } = await host.openWindow()
  await page.waitForSelector('.templates')
  // What main/index.ts does for File › Open Recent on a start-screen window.
  const outcome = await host.services.openPath(path, windowId)
  if (outcome.kind !== 'opened') throw new Error(`expected opened, got ${outcome.kind}`)
  host.windows.send(windowId, 'document:opened', { doc: outcome.doc })
  await expect.poll(() => page.locator('.project-name').inputValue()).toBe('Opened from the menu')
})
