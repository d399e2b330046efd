/**
 * Mount once in the app shell (<PrintHost />): the print & export dialog, the
 * print view Chromium prints (a portal at the end of <body>, shown only in
 * print media). File › Print…, Export and Ctrl/⌘+P are actions (./actions.ts).
 */
import { createPortal } from 'react-dom'
import { PrintDialog } from './print-dialog'
import { PrintPages } from './print-pages'
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
  return (
    <>
      <PrintDialog />
      <PrintView />
    </>
  )
}

export { openPrintDialog }
