/** Opening a project in a test host window and opening the print dialog, as File › Open and File › Print… do. */
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { serializeJourney } from '../../../shared/format'
import type { Project } from '../../../shared/model'
import type { TestHost } from '../../host/host'

export async function openInPrintDialog(host: TestHost, page: Page, project: Project, dir: string, timeoutMs = 90_000): Promise<void> {
  const file = join(dir, `${project.id}.journey`)
  await writeFile(file, serializeJourney(project))
  // The start screen is up: the app is listening for keys.
  await page.locator('[data-template]').first().waitFor({ timeout: timeoutMs })
  host.dialogs.openAnswers.push(file)
  await page.keyboard.press('Control+O')
  const deadline = Date.now() + timeoutMs
  while ((await page.getByTestId('print-dialog').count()) === 0) {
    if (Date.now() > deadline) throw new Error('the print dialog did not open (is <PrintHost /> mounted in renderer/app/App.tsx?)')
    // File › Print… sends this command; it does nothing until the project is shown.
    await page.evaluate(() => (window as unknown as { __jwEmit(c: string, p: unknown): void }).__jwEmit('menu:command', { command: 'print' }))
    await page.waitForTimeout(250)
  }
}
