/**
 * Cut, copy and paste of notes through the DOM clipboard events (the app
 * denies clipboard permissions, and these events need none): our JSON under
 * a custom type plus plain text, so notes paste between windows and text
 * pastes in as one note per line. A focused text field keeps its own
 * clipboard; so does the note editor.
 */
import { isTextField } from '../actions/keyboard'
import type { BoardShell } from './board-shell'

export function installClipboard(board: BoardShell): () => void {
  const owns = () => board.hasFocus() || (!isTextField(document.activeElement) && !board.isEditing())
  const onCopy = (e: ClipboardEvent) => {
    if (owns() && e.clipboardData && board.verbs.copyTo(e.clipboardData, false)) e.preventDefault()
  }
  const onCut = (e: ClipboardEvent) => {
    if (owns() && e.clipboardData && board.verbs.copyTo(e.clipboardData, true)) e.preventDefault()
  }
  const onPaste = (e: ClipboardEvent) => {
    if (owns() && e.clipboardData && board.verbs.pasteFrom(e.clipboardData)) e.preventDefault()
  }
  document.addEventListener('copy', onCopy)
  document.addEventListener('cut', onCut)
  document.addEventListener('paste', onPaste)
  return () => {
    document.removeEventListener('copy', onCopy)
    document.removeEventListener('cut', onCut)
    document.removeEventListener('paste', onPaste)
  }
}
