export { PrintHost, openPrintDialog } from './PrintHost'
export { usePrint } from './print-store'
