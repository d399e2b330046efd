/**
 * The app's own actions: projects (new, open, save, close), undo and redo,
 * and the command palette. Ids are the native menu's commands (shared/api
 * MenuCommand), so File and Edit menu items run these same definitions.
 */
import type { Action } from '../actions/action'
import { useDocument } from '../store/document-store'
import { openPalette } from '../palette/palette-store'
import { closeDocument, newDocument, openDocument, saveDocument, saveThenClose } from './document-actions'
import { DEFAULT_TEMPLATE, projectFromTemplate } from './new-project'

const hasDocument = () => useDocument.getState().doc !== null

export const appActions: Action[] = [
  // "New" while a project is open: main opens the new project in its own window.
  { id: 'new', labelKey: 'actions.new', shortLabelKey: 'toolbar.new', group: 'file', keys: ['Mod+N'], inTextField: 'run', run: () => newDocument(projectFromTemplate(DEFAULT_TEMPLATE)) },
  { id: 'open', labelKey: 'actions.open', shortLabelKey: 'toolbar.open', group: 'file', keys: ['Mod+O'], inTextField: 'run', run: () => openDocument() },
  { id: 'save', labelKey: 'actions.save', shortLabelKey: 'toolbar.save', group: 'file', keys: ['Mod+S'], inTextField: 'run', enabled: hasDocument, run: () => void saveDocument() },
  { id: 'saveAs', labelKey: 'actions.saveAs', shortLabelKey: 'toolbar.saveAs', group: 'file', keys: ['Mod+Shift+S'], inTextField: 'run', enabled: hasDocument, run: () => void saveDocument(true) },
  { id: 'close', labelKey: 'actions.close', shortLabelKey: 'toolbar.close', group: 'file', keys: ['Mod+W'], inTextField: 'run', enabled: hasDocument, run: () => closeDocument() },
  // Main's close flow asks the window to save first (the unsaved-changes prompt); not a user command.
  { id: 'saveThenClose', labelKey: 'actions.saveThenClose', group: 'file', palette: false, enabled: hasDocument, run: () => saveThenClose() },
  // In a text field, Ctrl+Z is the field's own undo (inTextField defaults to the field's).
  { id: 'undo', labelKey: 'actions.undo', shortLabelKey: 'toolbar.undo', group: 'edit', keys: ['Mod+Z'], enabled: () => useDocument.getState().history.canUndo, run: () => useDocument.getState().undo() },
  {
    id: 'redo',
    labelKey: 'actions.redo',
    shortLabelKey: 'toolbar.redo',
    group: 'edit',
    keys: ['Mod+Shift+Z', 'Mod+Y'],
    enabled: () => useDocument.getState().history.canRedo,
    run: () => useDocument.getState().redo(),
  },
  { id: 'commandPalette', labelKey: 'actions.commandPalette', group: 'help', keys: ['Mod+K'], inTextField: 'run', run: () => openPalette() },
]
