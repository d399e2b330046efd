/** Print and export as actions: File › Print…, File › Export, Ctrl/⌘+P, the toolbar and the palette. */
import type { Action } from '../actions/action'
import { useBoard } from '../store/board-store'
import { useDocument } from '../store/document-store'
import { exportCsv, exportPng, exportSvg, importCsv, savePdf } from './operations'
import { openPrintDialog } from './print-store'

const hasDocument = () => useDocument.getState().project !== null
/** The dialog opens on the map the board shows. */
const openDialog = () => openPrintDialog(useBoard.getState().activeMapId)

export const printActions: Action[] = [
  // Our print, never Chromium's print of the app window: the key works in text fields too.
  { id: 'print', labelKey: 'actions.print', shortLabelKey: 'toolbar.printExport', group: 'export', keys: ['Mod+P'], inTextField: 'run', enabled: hasDocument, run: openDialog },
  {
    id: 'exportPdf',
    labelKey: 'actions.exportPdf',
    group: 'export',
    enabled: hasDocument,
    run: () => {
      openDialog()
      return savePdf()
    },
  },
  {
    id: 'exportPng',
    labelKey: 'actions.exportPng',
    group: 'export',
    enabled: hasDocument,
    run: () => {
      openDialog()
      return exportPng()
    },
  },
  { id: 'exportSvg', labelKey: 'actions.exportSvg', group: 'export', enabled: hasDocument, run: () => exportSvg() },
  { id: 'exportCsv', labelKey: 'actions.exportCsv', group: 'export', enabled: hasDocument, run: () => exportCsv() },
  {
    id: 'importCsv',
    labelKey: 'actions.importCsv',
    group: 'export',
    enabled: hasDocument,
    run: () => {
      openDialog()
      return importCsv()
    },
  },
]
