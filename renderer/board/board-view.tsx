/**
 * The whiteboard in React. React owns only the frame around the canvas (the
 * context menu, the toolbar's zoom read-out); the BoardShell draws with plain
 * Konva and keeps camera, drags and pinches out of React.
 *
 * Level of detail: below 20 % zoom a note is under ~24 px tall on screen and
 * its 15 px text would be ~3 px high, so the board draws every note in view
 * as its paper colour with grey bars for its text lines (one path per colour)
 * instead of per-note bitmaps. Position, size, colour and the amount of text
 * stay faithful; at 20 % and above every note is drawn in full.
 */
import i18next from 'i18next'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ActionButton } from '../actions/action-button'
import { confirmDialog } from '../services/confirm'
import { useBoard } from '../store/board-store'
import { useDocument } from '../store/document-store'
import type { BoardDeps, ContextMenuRequest } from './board-deps'
import { setActiveBoard } from './board-handle'
import { BoardShell } from './board-shell'
import { installClipboard } from './clipboard'
import { ContextMenu } from './context-menu'

/** The app's stores and language, as the board's dependencies. */
function appDeps(contextMenu: (request: ContextMenuRequest | null) => void): BoardDeps {
  return {
    document: {
      project: () => useDocument.getState().project,
      subscribe: (listener) => useDocument.subscribe(listener),
      apply: (command, label) => useDocument.getState().apply(command, label),
    },
    selection: useBoard,
    i18n: {
      t: (key, options) => i18next.t(key, options ?? {}),
      language: () => i18next.language,
      // i18next knows the new language's direction before the shell updates <html dir>.
      direction: () => (i18next.dir() === 'rtl' ? 'rtl' : 'ltr'),
      onChange: (listener) => {
        i18next.on('languageChanged', listener)
        return () => i18next.off('languageChanged', listener)
      },
    },
    confirm: confirmDialog,
    contextMenu,
  }
}

export function Board() {
  const { t } = useTranslation()
  const host = useRef<HTMLDivElement>(null)
  const canvas = useRef<HTMLDivElement>(null)
  const [menu, setMenu] = useState<ContextMenuRequest | null>(null)

  useEffect(() => {
    const hostEl = host.current
    const canvasEl = canvas.current
    if (!hostEl || !canvasEl) return
    const board = new BoardShell(canvasEl, hostEl, appDeps(setMenu))
    setActiveBoard(board)
    void board.start()
    const observer = new ResizeObserver(() => {
      const r = hostEl.getBoundingClientRect()
      board.resize(r.width, r.height)
    })
    observer.observe(hostEl)
    const offClipboard = installClipboard(board)
    return () => {
      observer.disconnect()
      offClipboard()
      setActiveBoard(null)
      board.destroy()
    }
  }, [])

  return (
    <div className="board-host" ref={host}>
      <div
        className="board-canvas"
        ref={canvas}
        tabIndex={0}
        role="application"
        aria-label={t('board.label')}
        aria-description={t('board.hint')}
        data-testid="board"
      />
      {menu && <ContextMenu request={menu} onClose={() => setMenu(null)} />}
    </div>
  )
}

/** Zoom controls and "Add note" for the toolbar, from the action registry. */
export function BoardToolbar() {
  const { t, i18n } = useTranslation()
  const zoom = useBoard((s) => s.zoom)
  // "100 %" in English, "۱۰۰٪" in Persian: the locale's own percent format.
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 }).format(zoom)
  return (
    <div className="board-tools" role="group">
      <ActionButton id="addNote" className="primary" />
      <ActionButton id="zoomOut">−</ActionButton>
      <ActionButton id="zoomReset" className="zoom-level" label={t('board.zoomLevel', { percent: Math.round(zoom * 100) })}>
        {percent}
      </ActionButton>
      <ActionButton id="zoomIn">+</ActionButton>
      <ActionButton id="zoomToFit" />
    </div>
  )
}
