/**
 * The app's action registry, filled once at start-up from every feature's
 * actions, and the one keyboard listener and native-menu listener that run
 * them. Native menu items send action ids (main can't import the renderer).
 */
import { boardActions } from '../board/actions'
import { activeBoard } from '../board/board-handle'
import { installKeyboard, isTextField } from '../actions/keyboard'
import { actionRegistry } from '../actions/registry'
import { listen } from '../services/bridge'
import type { Action } from '../actions/action'

export function allActions(): Action[] {
  return [...boardActions]
}

/** Edit menu commands that a focused text field performs itself. */
const TEXT_EDITING = new Set(['undo', 'redo', 'selectAll', 'cut', 'copy', 'paste'])

let installed = false

/** Registers every action and starts listening to keys and menu commands (once per window). */
export function installActions(): void {
  if (installed) return
  installed = true
  actionRegistry.register(allActions())
  installKeyboard(actionRegistry, { boardHasFocus: () => activeBoard()?.hasFocus() ?? false })
  listen('menu:command', ({ command }) => {
    // A menu item sends its id; in a text field, the Edit menu's commands are the field's own.
    if (TEXT_EDITING.has(command) && isTextField(document.activeElement)) return
    actionRegistry.run(command, { source: 'native-menu' })
  })
}
