/**
 * `Dialogs` (main/ports.ts) implemented with Electron's native `dialog`.
 * The test host implements the same interface with scripted answers.
 *
 * Dialogs are sheets/modals of the asking window when it still exists, so
 * they can't get lost behind other windows; otherwise app-modal.
 */
import { dialog } from 'electron'
import type { BrowserWindow, MessageBoxOptions } from 'electron'
import { extname } from 'node:path'
import type { FileProblem, Locale } from '../shared/api'
import { mainString } from '../shared/i18n/main-strings'
import type { MainStringKey } from '../shared/i18n/main-strings'
import type { DiskConflictChoice, Dialogs, UnsavedChoice } from './ports'

export const PROJECT_EXTENSION = 'journey'

export interface DialogContext {
  /** The live window for an id, or null (then the dialog has no parent). */
  windowFor(windowId: string | null): BrowserWindow | null
  /** The current UI language, so buttons match the rest of the app. */
  locale(): Locale
}

export function createElectronDialogs(context: DialogContext): Dialogs {
  const t = (key: MainStringKey, params?: Record<string, string>): string => mainString(context.locale(), key, params)
  const filters = () => [{ name: t('fileFilter'), extensions: [PROJECT_EXTENSION] }]

  /** showMessageBox with or without a parent window (the typings are two overloads). */
  const ask = async (windowId: string | null, options: MessageBoxOptions): Promise<number> => {
    const win = context.windowFor(windowId)
    const result = win ? await dialog.showMessageBox(win, options) : await dialog.showMessageBox(options)
    return result.response
  }

  return {
    async chooseFileToOpen(windowId) {
      const win = context.windowFor(windowId)
      const options = { title: t('openTitle'), filters: filters(), properties: ['openFile' as const] }
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options)
      return result.canceled ? null : (result.filePaths[0] ?? null)
    },

    async chooseSaveLocation(windowId, suggestedName) {
      const win = context.windowFor(windowId)
      const options = {
        title: t('saveTitle'),
        defaultPath: withExtension(suggestedName),
        filters: filters(),
        properties: ['showOverwriteConfirmation' as const, 'createDirectory' as const],
      }
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options)
      if (result.canceled || !result.filePath) return null
      // GTK's dialog does not append the filter's extension by itself.
      return withExtension(result.filePath)
    },

    async askUnsavedChanges(windowId, title) {
      const choices: UnsavedChoice[] = ['save', 'discard', 'cancel']
      const response = await ask(windowId, {
        type: 'warning',
        message: t('unsavedMessage', { title }),
        detail: t('unsavedDetail'),
        buttons: [t('save'), t('dontSave'), t('cancel')],
        defaultId: 0,
        cancelId: 2, // Esc and closing the box mean Cancel: never lose work by accident.
        noLink: true, // Windows: plain buttons, not "command links".
      })
      return choices[response] ?? 'cancel'
    },

    async askDiskConflict(windowId, fileName) {
      const choices: DiskConflictChoice[] = ['reload', 'overwrite', 'save-copy', 'cancel']
      const response = await ask(windowId, {
        type: 'warning',
        message: t('conflictMessage', { name: fileName }),
        detail: t('conflictDetail'),
        buttons: [t('reload'), t('overwrite'), t('saveCopy'), t('cancel')],
        defaultId: 2, // the choice that loses nothing
        cancelId: 3,
        noLink: true,
      })
      return choices[response] ?? 'cancel'
    },

    async showProblem(windowId, problem: FileProblem) {
      // `problem.message` is the English fallback; the renderer words problems
      // properly. This box is only for when no window content can show it.
      await ask(windowId, {
        type: 'error',
        message: t('problemTitle'),
        detail: problem.fileName ? `${problem.fileName}\n\n${problem.message}` : problem.message,
        buttons: [t('ok')],
        defaultId: 0,
        noLink: true,
      })
    },
  }
}

function withExtension(name: string): string {
  return extname(name).toLowerCase() === `.${PROJECT_EXTENSION}` ? name : `${name}.${PROJECT_EXTENSION}`
}
