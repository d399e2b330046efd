/**
 * Mount once in the app shell (<PrintHost />): the print & export dialog, the
 * print view Chromium prints (a portal at the end of <body>, shown only in
 * print media), and File › Print… / Export menu commands and Ctrl/Cmd+P.
 */
import { useEffect } from 'react'
import { createPortal } from 'react-dom'
import { listen } from '../services/bridge'
import { useDocument } from '../store/document-store'
import { exportCsv, exportPng, exportSvg, importCsv, savePdf } from './actions'
import { PrintDialog } from './PrintDialog'
import { PrintPages } from './PrintPages'
import { openPrintDialog, usePrint } from './print-store'

function PrintView() {
  const job = usePrint((s) => s.printing)
  if (!job) return null
  const { page } = job.plan
  return createPortal(
    <div className="jw-print-root" data-testid="print-view" data-pages={job.plan.pageCount}>
      {/* One page size per job: Chromium takes it from @page (printToPDF / page.pdf with preferCSSPageSize). */}
      <style>{`@page { size: ${page.width}mm ${page.height}mm; margin: 0; }`}</style>
      <PrintPages plan={job.plan} poster={job.poster} />
    </div>,
    document.body,
  )
}

export function PrintHost() {
  useEffect(() => {
    const hasDoc = () => useDocument.getState().project !== null
    const off = listen('menu:command', ({ command }) => {
      if (!hasDoc()) return
      if (command === 'print') openPrintDialog()
      else if (command === 'exportPdf') {
        openPrintDialog()
        void savePdf()
      } else if (command === 'exportPng') {
        openPrintDialog()
        void exportPng()
      } else if (command === 'exportSvg') void exportSvg()
      else if (command === 'exportCsv') void exportCsv()
      else if (command === 'importCsv') {
        openPrintDialog()
        void importCsv()
      }
    })
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'p' && hasDoc()) {
        // Our print, never Chromium's print of the app window.
        e.preventDefault()
        openPrintDialog()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => {
      off()
      window.removeEventListener('keydown', onKey)
    }
  }, [])
  return (
    <>
      <PrintDialog />
      <PrintView />
    </>
  )
}

export { openPrintDialog }
