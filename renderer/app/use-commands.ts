/**
 * Menu commands from main and the same shortcuts typed in the window. The
 * native menu shows the accelerators without registering them
 * (registerAccelerator: false), so each key press arrives here exactly once.
 */
import { useEffect } from 'react'
import type { MenuCommand } from '../../shared/api'
import { useDocument } from '../store/document-store'
import { listen } from '../services/bridge'
import { closeDocument, openDocument, saveDocument, saveThenClose } from './document-actions'

export type CommandHandler = (command: MenuCommand) => boolean

function isTextField(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
}

/** Keyboard → command, following each platform's convention (Cmd on macOS, Ctrl elsewhere). */
export function commandForKey(e: KeyboardEvent): MenuCommand | null {
  const mod = e.ctrlKey || e.metaKey
  if (!mod || e.altKey) return null
  const key = e.key.toLowerCase()
  if (key === 's') return e.shiftKey ? 'saveAs' : 'save'
  if (key === 'o' && !e.shiftKey) return 'open'
  if (key === 'n' && !e.shiftKey) return 'new'
  if (key === 'w' && !e.shiftKey) return 'close'
  if (key === 'z') return e.shiftKey ? 'redo' : 'undo'
  if (key === 'y' && !e.shiftKey) return 'redo'
  return null
}

export function useCommands(onNew: () => void): void {
  useEffect(() => {
    const run = (command: MenuCommand): boolean => {
      const store = useDocument.getState()
      // The native Edit menu only sends the command; a focused text field keeps its own editing.
      if ((command === 'undo' || command === 'redo' || command === 'selectAll') && isTextField(document.activeElement)) {
        document.execCommand(command)
        return true
      }
      switch (command) {
        case 'save':
          void saveDocument()
          return true
        case 'saveAs':
          void saveDocument(true)
          return true
        case 'saveThenClose':
          void saveThenClose()
          return true
        case 'open':
          void openDocument()
          return true
        case 'new':
          onNew()
          return true
        case 'close':
          void closeDocument()
          return true
        case 'undo':
          store.undo()
          return true
        case 'redo':
          store.redo()
          return true
        default:
          return false
      }
    }
    const offMenu = listen('menu:command', ({ command }) => run(command))
    const onKey = (e: KeyboardEvent) => {
      const command = commandForKey(e)
      if (!command) return
      // Inside a text field, undo/redo belong to the field's own editing.
      if ((command === 'undo' || command === 'redo') && isTextField(e.target)) return
      if (run(command)) e.preventDefault()
    }
    window.addEventListener('keydown', onKey)
    return () => {
      offMenu()
      window.removeEventListener('keydown', onKey)
    }
  }, [onNew])
}
