/**
 * The Printer and ExportDialogs ports with Electron.
 *
 * - printToPDF: `preferCSSPageSize: true` so the print view's CSS `@page { size }`
 *   decides the page size (A0, a 36-inch roll…), zero margins because the print
 *   view draws its own margins, crop marks and labels, and `printBackground` so
 *   sticky-note colours print (Electron docs, webContents.printToPDF /
 *   PrintToPDFOptions). Chromium prints the SVG/HTML print view as vectors;
 *   the Konva canvas is never printed (canvas would be rasterized).
 * - print: the system dialog (`silent: false`); its callback reports success or
 *   the failure reason ("cancelled" when the user closes the dialog).
 */
import { dialog } from 'electron'
import type { BrowserWindow } from 'electron'
import type { Locale } from '../../shared/api'
import { mainString, type MainStringKey } from '../../shared/i18n/main-strings'
import type { ExportDialogs, ExportKind, PdfOptions, PrintDeps, Printer } from '../ports'
import { exportFiles } from './export-files'

const MM_PER_INCH = 25.4

export interface ElectronPrintContext {
  windowFor(windowId: string | null): BrowserWindow | null
  locale(): Locale
}

function windowOrThrow(context: ElectronPrintContext, windowId: string): BrowserWindow {
  const win = context.windowFor(windowId)
  if (!win || win.isDestroyed()) throw new Error('The window is gone.')
  return win
}

export function createElectronPrinter(context: ElectronPrintContext): Printer {
  return {
    async toPdf(windowId: string, options: PdfOptions): Promise<Uint8Array> {
      const win = windowOrThrow(context, windowId)
      const data = await win.webContents.printToPDF({
        preferCSSPageSize: true,
        printBackground: true,
        // Fallback only: the CSS @page size wins (preferCSSPageSize).
        pageSize: { width: options.page.widthMm / MM_PER_INCH, height: options.page.heightMm / MM_PER_INCH },
        margins: { top: 0, bottom: 0, left: 0, right: 0 },
        displayHeaderFooter: false,
        generateTaggedPDF: false,
      })
      return new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
    },
    printWithDialog(windowId: string, options: PdfOptions): Promise<boolean> {
      const win = windowOrThrow(context, windowId)
      return new Promise((resolve, reject) => {
        win.webContents.print(
          {
            silent: false,
            printBackground: true,
            margins: { marginType: 'none' },
            // webContents.print takes microns (printToPDF takes inches; electron/electron#33097):
            // the page size the print view was laid out for.
            pageSize: { width: Math.round(options.page.widthMm * 1000), height: Math.round(options.page.heightMm * 1000) },
          },
          (success, failureReason) => {
            if (success) resolve(true)
            else if (!failureReason || /cancel/i.test(failureReason)) resolve(false)
            else reject(new Error(failureReason))
          },
        )
      })
    },
  }
}

const FILTER: Record<ExportKind, { key: MainStringKey; extensions: string[] }> = {
  pdf: { key: 'pdfFilter', extensions: ['pdf'] },
  png: { key: 'pngFilter', extensions: ['png'] },
  svg: { key: 'svgFilter', extensions: ['svg'] },
  csv: { key: 'csvFilter', extensions: ['csv'] },
}

export function createElectronExportDialogs(context: ElectronPrintContext): ExportDialogs {
  const t = (key: MainStringKey) => mainString(context.locale(), key)
  return {
    async chooseExportLocation(windowId, suggestedName, kind) {
      const win = context.windowFor(windowId)
      const options = {
        title: t('exportTitle'),
        defaultPath: suggestedName,
        filters: [{ name: t(FILTER[kind].key), extensions: FILTER[kind].extensions }],
        properties: ['showOverwriteConfirmation' as const, 'createDirectory' as const],
      }
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options)
      return result.canceled || !result.filePath ? null : result.filePath
    },
    async chooseImportFile(windowId, kind) {
      const win = context.windowFor(windowId)
      const options = {
        title: t('importTitle'),
        filters: [{ name: t(FILTER[kind].key), extensions: FILTER[kind].extensions }],
        properties: ['openFile' as const],
      }
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options)
      return result.canceled ? null : (result.filePaths[0] ?? null)
    },
  }
}

export function createElectronPrintDeps(context: ElectronPrintContext): PrintDeps {
  return { printer: createElectronPrinter(context), dialogs: createElectronExportDialogs(context), files: exportFiles }
}
