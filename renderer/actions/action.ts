/**
 * A user action, defined once: its name in every language, its shortcuts,
 * when it can run, and what it does. The keyboard, the toolbar, the board's
 * context menu, the native menu (by id) and the command palette all read
 * these definitions from the registry, so none of them keeps its own list.
 */

/** What a context menu (or an action run on the selection) acts on. */
export type ActionTarget =
  | { kind: 'card'; cardIds: string[] }
  | { kind: 'cell'; cell: { stageId: string; laneId: string }; index: number }
  | { kind: 'stage'; stageId: string }
  | { kind: 'lane'; laneId: string }
  | { kind: 'link'; linkId: string }
  | { kind: 'emotion'; pointId: string }

export type TargetKind = ActionTarget['kind']

export type ActionSource = 'keyboard' | 'toolbar' | 'context-menu' | 'native-menu' | 'palette'

export interface ActionContext {
  source: ActionSource
  /** From the context menu; otherwise the action works out its target from the selection. */
  target?: ActionTarget
}

/** Sections of the palette (and the order they are listed in). */
export type ActionGroup = 'file' | 'edit' | 'note' | 'structure' | 'view' | 'navigate' | 'export' | 'help'

export interface Action {
  /** Stable id; native menu commands use the same ids (shared/api MenuCommand). */
  id: string
  /** i18n key of its name (palette, menus, tooltips). */
  labelKey: string
  /** Values interpolated into the name, as i18n keys ({ color: 'noteColors.blue' } → "Colour: Blue"). */
  labelValues?: Record<string, string>
  /** i18n key of its name in a context menu, where what it acts on goes without saying ("Delete"). */
  contextLabelKey?: string
  /** i18n key of a shorter name for a toolbar button. */
  shortLabelKey?: string
  /** A colour swatch shown for it in menus (note colours). */
  swatch?: string
  /** i18n key of other words it should be found by in the palette. */
  keywordsKey?: string
  group: ActionGroup
  /** Shortcuts, e.g. 'Mod+Shift+Z', 'Delete', 'F2' (Mod: Ctrl, or ⌘ on macOS). The first one is shown. */
  keys?: readonly string[]
  /**
   * 'board': its keys act only while the board has the keyboard (arrows, Delete…).
   * 'app' (default): anywhere in the window.
   */
  scope?: 'app' | 'board'
  /** In a text field its keys are the field's (undo, select all) unless 'run' (save, print, palette). */
  inTextField?: 'native' | 'run'
  /** The browser must act on its keys itself (clipboard: Cut, Copy, Paste fire DOM events). */
  nativeKeys?: boolean
  /** Context menus it appears in. */
  targets?: readonly TargetKind[]
  /** Destructive: shown in red. */
  danger?: boolean
  /** Listed in the palette (default true; false for internal commands). */
  palette?: boolean
  enabled?(ctx: ActionContext): boolean
  run(ctx: ActionContext): void | Promise<void>
}
