/**
 * The native application menu, localized.
 *
 * Board commands (new, open, save, undo, redo, zoom, select all…) go to the
 * focused window's renderer as `menu:command` events: the renderer owns the
 * document and its undo history, so we do NOT use Electron's `role: 'undo'`
 * etc., which would only drive Chromium's text-field undo.
 *
 * Cut / Copy / Paste are the exception: they run the native webContents
 * operation, which fires the real DOM `cut`/`copy`/`paste` event (with
 * clipboardData, needing no clipboard permission — all permissions are denied,
 * see main/index.ts) on the focused element: a text field edits, the board
 * handles notes. See `clipboard` below for why each key acts exactly once.
 */
import { Menu, app } from 'electron'
import type { BrowserWindow, MenuItemConstructorOptions } from 'electron'
import type { Locale, MenuCommand, RecentEntry } from '../shared/api'
import { mainString, withoutMnemonic } from '../shared/i18n/main-strings'
import type { MainStringKey } from '../shared/i18n/main-strings'

export interface MenuActions {
  /** The project window that has focus, if any. */
  focusedWindow(): BrowserWindow | null
  /** Send a board command to that window's renderer. */
  sendCommand(win: BrowserWindow, command: MenuCommand): void
  /** New / Open with no window open (macOS keeps running without windows). */
  newWindow(): void
  openWithoutWindow(): void
  openRecent(entry: RecentEntry, from: BrowserWindow | null): void
  clearRecent(): void
}

export interface MenuState {
  locale: Locale
  recent: readonly RecentEntry[]
  /** Developer tools only in unpackaged builds. */
  devTools: boolean
}

const isMac = process.platform === 'darwin'

export function buildMenuTemplate(state: MenuState, actions: MenuActions): MenuItemConstructorOptions[] {
  // macOS shows no `&` mnemonics; Windows/Linux underline the marked letter.
  const t = (key: MainStringKey): string => (isMac ? withoutMnemonic(mainString(state.locale, key)) : mainString(state.locale, key))

  /** A menu item that sends a board command to the focused window. */
  const command = (key: MainStringKey, cmd: MenuCommand, accelerator?: string, extra: Partial<MenuItemConstructorOptions> = {}): MenuItemConstructorOptions => ({
    label: t(key),
    // The renderer handles these shortcuts itself (renderer/app/use-commands.ts),
    // so the menu only displays them: registered accelerators would fire a second
    // time on Windows/Linux. On macOS the page sees the key first and the menu
    // runs only when the page did not handle it (Electron issues #18295, #19279).
    ...(accelerator ? { accelerator, registerAccelerator: false } : {}),
    click: () => {
      const win = actions.focusedWindow()
      if (win) actions.sendCommand(win, cmd)
      else if (cmd === 'new') actions.newWindow()
      else if (cmd === 'open') actions.openWithoutWindow()
    },
    ...extra,
  })

  /**
   * Cut/Copy/Paste, each key acting exactly once on every platform:
   * - Windows/Linux: Chromium's renderer itself turns Ctrl+X/C/V into the DOM
   *   clipboard event on the focused element. A registered accelerator would
   *   run this item as well (Electron registers menu accelerators with the
   *   window on these platforms), so the key would act twice: the accelerator
   *   is only displayed (`registerAccelerator: false`, linux/win32 per
   *   Electron's MenuItem docs).
   * - macOS: the page does not handle ⌘X/C/V; the menu's key equivalent runs
   *   this item, once (`registerAccelerator` does not apply there).
   * - A click (or the macOS key) runs only the native operation, which fires
   *   that same DOM event: no board command is sent besides (it used to be,
   *   and then the board pasted twice).
   */
  const clipboard = (key: MainStringKey, cmd: 'cut' | 'copy' | 'paste', accelerator: string): MenuItemConstructorOptions => ({
    label: t(key),
    accelerator,
    registerAccelerator: false,
    click: () => actions.focusedWindow()?.webContents[cmd](),
  })

  const recentItems: MenuItemConstructorOptions[] = state.recent.length
    ? [
        ...state.recent.slice(0, 10).map((entry): MenuItemConstructorOptions => ({
          // Labels are not mnemonic-parsed on macOS; on others escape `&` in file names.
          label: isMac ? entry.name : entry.name.replace(/&/g, '&&'),
          toolTip: entry.displayPath,
          click: () => actions.openRecent(entry, actions.focusedWindow()),
        })),
        { type: 'separator' },
        { label: t('clearRecent'), click: () => actions.clearRecent() },
      ]
    : [{ label: t('noRecent'), enabled: false }]

  const appMenu: MenuItemConstructorOptions = {
    label: app.name,
    submenu: [
      { role: 'about', label: t('about') },
      { type: 'separator' },
      { role: 'services', label: t('services') },
      { type: 'separator' },
      { role: 'hide', label: t('hide') },
      { role: 'hideOthers', label: t('hideOthers') },
      { role: 'unhide', label: t('showAll') },
      { type: 'separator' },
      { role: 'quit', label: t('quit') },
    ],
  }

  const fileMenu: MenuItemConstructorOptions = {
    label: t('menuFile'),
    submenu: [
      command('new', 'new', 'CmdOrCtrl+N'),
      command('open', 'open', 'CmdOrCtrl+O'),
      { label: t('openRecent'), submenu: recentItems },
      { type: 'separator' },
      command('save', 'save', 'CmdOrCtrl+S'),
      command('saveAs', 'saveAs', 'CmdOrCtrl+Shift+S'),
      { type: 'separator' },
      // Print opens the print & export dialog in the window (renderer/print); the
      // renderer lays out its print view, then asks main to print it.
      command('print', 'print', 'CmdOrCtrl+P'),
      {
        label: t('exportMenu'),
        submenu: [
          command('exportPdf', 'exportPdf'),
          command('exportPng', 'exportPng'),
          command('exportSvg', 'exportSvg'),
          command('exportCsv', 'exportCsv'),
          { type: 'separator' },
          command('importCsv', 'importCsv'),
        ],
      },
      { type: 'separator' },
      {
        label: t('close'),
        // Displayed only: Cmd/Ctrl+W is handled by the renderer, which asks main to close.
        accelerator: 'CmdOrCtrl+W',
        registerAccelerator: false,
        // Closing goes through the window's 'close' event, which asks about
        // unsaved changes in main (main/window.ts) — it works even if the
        // renderer is busy, and one path serves the close button, Cmd+W and quit.
        click: () => actions.focusedWindow()?.close(),
      },
      // macOS has Quit in the app menu; Windows calls it Exit (Alt+F4 is native there).
      ...(isMac ? [] : [{ type: 'separator' } as const, { role: 'quit', label: t(process.platform === 'win32' ? 'exit' : 'quit'), accelerator: process.platform === 'win32' ? undefined : 'Ctrl+Q' } satisfies MenuItemConstructorOptions]),
    ],
  }

  const editMenu: MenuItemConstructorOptions = {
    label: t('menuEdit'),
    submenu: [
      command('undo', 'undo', 'CmdOrCtrl+Z'),
      command('redo', 'redo', 'CmdOrCtrl+Shift+Z'),
      // Windows/Linux users also expect Ctrl+Y; a menu item holds one accelerator,
      // so a hidden twin carries the second (hidden items' accelerators still fire).
      ...(isMac ? [] : [command('redo', 'redo', 'Ctrl+Y', { visible: false })]),
      { type: 'separator' },
      clipboard('cut', 'cut', 'CmdOrCtrl+X'),
      clipboard('copy', 'copy', 'CmdOrCtrl+C'),
      clipboard('paste', 'paste', 'CmdOrCtrl+V'),
      command('selectAll', 'selectAll', 'CmdOrCtrl+A'),
    ],
  }

  const viewMenu: MenuItemConstructorOptions = {
    label: t('menuView'),
    submenu: [
      // Board zoom, not Chromium page zoom: the renderer scales the Konva stage.
      command('zoomIn', 'zoomIn', 'CmdOrCtrl+='),
      // Hidden twins: Ctrl+Plus (numpad / shifted '=' on some layouts).
      command('zoomIn', 'zoomIn', 'CmdOrCtrl+Plus', { visible: false, acceleratorWorksWhenHidden: true }),
      command('zoomOut', 'zoomOut', 'CmdOrCtrl+-'),
      command('actualSize', 'zoomReset', 'CmdOrCtrl+0'),
      command('zoomToFit', 'zoomToFit', 'CmdOrCtrl+1'),
      { type: 'separator' },
      { role: 'togglefullscreen', label: t('toggleFullScreen'), accelerator: isMac ? 'Ctrl+Command+F' : 'F11' },
      ...(state.devTools ? [{ type: 'separator' } as const, { role: 'toggleDevTools', label: t('toggleDevTools') } satisfies MenuItemConstructorOptions] : []),
    ],
  }

  const windowMenu: MenuItemConstructorOptions = {
    label: t('menuWindow'),
    // On macOS this role makes the system list open windows in this menu.
    ...(isMac ? { role: 'windowMenu' as const } : {}),
    submenu: isMac
      ? [
          { role: 'minimize', label: t('minimize') },
          { role: 'zoom', label: t('zoom') },
          { type: 'separator' },
          { role: 'front', label: t('bringAllToFront') },
        ]
      : [{ role: 'minimize', label: t('minimize') }],
  }

  const helpMenu: MenuItemConstructorOptions = {
    label: t('menuHelp'),
    role: 'help',
    // No links: the app is offline. The About panel is local.
    submenu: [{ label: t('about'), click: () => app.showAboutPanel() }],
  }

  return [...(isMac ? [appMenu] : []), fileMenu, editMenu, viewMenu, windowMenu, helpMenu]
}

/** Builds and installs the application menu (call again when locale or recent list change). */
export function installMenu(state: MenuState, actions: MenuActions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(state, actions)))
}
