/**
 * Touch and pen on the board. Headless Chromium has no multi-touch screen, so
 * the fingers arrive as the pointer events a touch screen produces
 * (pointerType "touch" / "pen", one pointerId per finger), dispatched on the
 * board where a finger would land.
 */
import type { Page } from 'playwright-core'
import { expect, test } from 'vitest'
import type { TestHost } from '../../host/host'
import { useHost } from '../../host/use-host'
import { camera, cardByText, openTemplate, quickCapture, settle, shot } from './helpers'

let host: TestHost
// ?test=1: the board's read-only test seam (renderer/testing) is installed.
useHost((started) => (host = started), { windowQuery: '?test=1' })

type Finger = { id: number; x: number; y: number; type?: 'touch' | 'pen' }

async function pointer(page: Page, kind: 'pointerdown' | 'pointermove' | 'pointerup', fingers: Finger[]): Promise<void> {
  await page.evaluate(
    ({ kind, fingers }) => {
      const board = document.querySelector('[data-testid="board"]')!
      for (const f of fingers) {
        board.dispatchEvent(
          new PointerEvent(kind, {
            pointerId: f.id,
            pointerType: f.type ?? 'touch',
            clientX: f.x,
            clientY: f.y,
            button: kind === 'pointermove' ? -1 : 0,
            buttons: kind === 'pointerup' ? 0 : 1,
            isPrimary: f.id === 1,
            bubbles: true,
            cancelable: true,
          }),
        )
      }
    },
    { kind, fingers },
  )
}

/** Two fingers move apart (pinch out) in steps. */
async function pinch(page: Page, a: Finger, b: Finger, spread: number): Promise<void> {
  await pointer(page, 'pointerdown', [a])
  await pointer(page, 'pointerdown', [b])
  for (let i = 1; i <= 8; i++) {
    const d = (spread * i) / 8
    await pointer(page, 'pointermove', [
      { ...a, x: a.x - d },
      { ...b, x: b.x + d },
    ])
  }
  await pointer(page, 'pointerup', [
    { ...a, x: a.x - spread },
    { ...b, x: b.x + spread },
  ])
  await settle(page)
}

test('two fingers on empty board pinch-zoom; with one on a note they do not; long-press opens the menu', async () => {
  const { page } = await host.openWindow()
  await openTemplate(page, 'fiveStage')
  await quickCapture(page, 0, 'actions', ['Held by one person'])
  await page.keyboard.press('Control+0')
  await settle(page)
  const box = (await page.getByTestId('board').boundingBox())!
  const y = box.y + box.height - 60
  const before = (await camera(page)).scale
  await pinch(page, { id: 1, x: box.x + 500, y }, { id: 2, x: box.x + 600, y }, 100)
  const zoomed = (await camera(page)).scale
  expect(zoomed).toBeGreaterThan(before * 1.5)

  // One finger on a note, one on empty board: no zoom (two people, two notes).
  await page.keyboard.press('Control+1')
  await settle(page)
  const note = await cardByText(page, 'Held by one person')
  const fitted = (await camera(page)).scale
  await pinch(page, { id: 3, x: note.x + 10, y: note.y + 10 }, { id: 4, x: note.x + note.width + 200, y: note.y + 10 }, 80)
  expect((await camera(page)).scale).toBe(fitted)

  // Long-press on a note: its context menu, with buttons big enough for a finger.
  const held = await cardByText(page, 'Held by one person')
  await pointer(page, 'pointerdown', [{ id: 5, x: held.x + 20, y: held.y + 20 }])
  const menu = page.getByRole('menu')
  await menu.waitFor()
  await pointer(page, 'pointerup', [{ id: 5, x: held.x + 20, y: held.y + 20 }])
  const item = menu.getByRole('menuitem', { name: 'Duplicate' })
  expect((await item.boundingBox())!.height).toBeGreaterThanOrEqual(44)
  await shot(page, 'board-long-press-menu.png')
  await item.click()
  await expect.poll(async () => (await page.evaluate(() => window.__journeywallBoardState!.cards())).length).toBe(2)
})

test('palm rejection: while a pen is down, touches are ignored', async () => {
  const { page } = await host.openWindow()
  await openTemplate(page, 'fiveStage')
  await page.keyboard.press('Control+0')
  await settle(page)
  const box = (await page.getByTestId('board').boundingBox())!
  const y = box.y + box.height - 60
  const start = await camera(page)
  await pointer(page, 'pointerdown', [{ id: 10, x: box.x + 300, y, type: 'pen' }])
  // A palm lands and drags: nothing pans.
  await pointer(page, 'pointerdown', [{ id: 11, x: box.x + 700, y }])
  await pointer(page, 'pointermove', [{ id: 11, x: box.x + 500, y: y - 100 }])
  await pointer(page, 'pointerup', [{ id: 11, x: box.x + 500, y: y - 100 }])
  await pointer(page, 'pointerup', [{ id: 10, x: box.x + 300, y, type: 'pen' }])
  await settle(page)
  const after = await camera(page)
  expect([after.x, after.y, after.scale]).toEqual([start.x, start.y, start.scale])
  // Without the pen, the same finger drag pans.
  await pointer(page, 'pointerdown', [{ id: 12, x: box.x + 700, y }])
  await pointer(page, 'pointermove', [{ id: 12, x: box.x + 600, y }])
  await pointer(page, 'pointermove', [{ id: 12, x: box.x + 500, y: y - 100 }])
  await pointer(page, 'pointerup', [{ id: 12, x: box.x + 500, y: y - 100 }])
  const panned = await camera(page)
  expect(panned.x).toBeGreaterThan(start.x)
})
