/**
 * The app's action registry, filled once at start-up from every feature's
 * actions, and the one keyboard listener and native-menu listener that run
 * them. Native menu items send action ids (main can't import the renderer).
 */
import type { Action } from '../actions/action'
import { installKeyboard, isTextField } from '../actions/keyboard'
import { actionRegistry } from '../actions/registry'
import { boardActions } from '../board/actions'
import { activeBoard } from '../board/board-handle'
import { printActions } from '../print/actions'
import { listen } from '../services/bridge'
import { appActions } from './actions'

/** Every action of the app, in palette order within their groups. */
export function allActions(): Action[] {
  return [...appActions, ...boardActions, ...printActions]
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
    // The native Edit menu only sends the command; a focused text field keeps its own editing.
    if (TEXT_EDITING.has(command) && isTextField(document.activeElement)) {
      document.execCommand(command)
      return
    }
    actionRegistry.run(command, { source: 'native-menu' })
  })
}
