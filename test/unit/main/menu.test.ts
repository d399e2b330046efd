/**
 * The native menu's template (main/menu.ts), with `electron` replaced by a
 * stub (requiring the real package would try to download its binary). The
 * rule under test: every shortcut acts exactly once. The renderer handles the
 * keys itself (and Chromium does cut/copy/paste), so on Windows/Linux no menu
 * accelerator may be registered; a menu click does one thing.
 */
import type { BrowserWindow, MenuItemConstructorOptions } from 'electron'
import { describe, expect, test, vi } from 'vitest'

vi.mock('electron', () => ({ app: { name: 'Journeywall', showAboutPanel: () => {} }, Menu: {} }))

const { buildMenuTemplate } = await import('../../../main/menu')

function fakeWindow() {
  const calls: string[] = []
  const win = { webContents: { cut: () => calls.push('cut'), copy: () => calls.push('copy'), paste: () => calls.push('paste') } }
  return { win: win as unknown as BrowserWindow, calls }
}

function build(win: BrowserWindow) {
  const sent: string[] = []
  const template = buildMenuTemplate(
    { locale: 'en', recent: [], devTools: false },
    {
      focusedWindow: () => win,
      sendCommand: (_w, command) => sent.push(command),
      newWindow: () => {},
      openWithoutWindow: () => {},
      openRecent: () => {},
      clearRecent: () => {},
    },
  )
  return { template, sent }
}

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])])
}

function click(item: MenuItemConstructorOptions): void {
  ;(item.click as unknown as () => void)()
}

describe.skipIf(process.platform === 'darwin')('menu shortcuts on Windows/Linux', () => {
  test('Cut, Copy and Paste show their shortcut but do not register it (Chromium already handles the keys)', () => {
    const { win } = fakeWindow()
    const { template } = build(win)
    for (const [label, key] of [
      ['Cut', 'CmdOrCtrl+X'],
      ['Copy', 'CmdOrCtrl+C'],
      ['Paste', 'CmdOrCtrl+V'],
    ] as const) {
      const item = items(template).find((i) => i.label?.replace('&', '') === label)
      expect(item, label).toBeDefined()
      expect(item!.accelerator).toBe(key)
      expect(item!.registerAccelerator).toBe(false)
    }
  })

  test('every item with a shortcut that is not a role leaves the key to the page', () => {
    const { win } = fakeWindow()
    const custom = items(build(win).template).filter((i) => i.accelerator && !i.role)
    expect(custom.length).toBeGreaterThan(10)
    for (const item of custom) expect(item.registerAccelerator, item.label).toBe(false)
  })

  test('clicking Paste pastes once: the native operation only, no extra board command', () => {
    const { win, calls } = fakeWindow()
    const { template, sent } = build(win)
    for (const label of ['Cut', 'Copy', 'Paste']) click(items(template).find((i) => i.label?.replace('&', '') === label)!)
    expect(calls).toEqual(['cut', 'copy', 'paste'])
    expect(sent).toEqual([])
  })
})
