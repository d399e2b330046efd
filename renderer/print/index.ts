export { PrintHost, openPrintDialog } from './print-host'
export { usePrint } from './print-store'
