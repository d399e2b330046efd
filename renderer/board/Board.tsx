/**
 * The whiteboard as a React component. React owns only the frame around the
 * canvas (the context menu, the zoom read-out); the BoardEngine draws with
 * plain Konva and keeps the camera, drags and pinches out of React.
 *
 * Level of detail: below 20 % zoom a note is under ~24 px tall on screen and
 * its 15 px text would be ~3 px high, so the board draws every note in view
 * as its paper colour with grey bars for its text lines (one path per colour)
 * instead of per-note bitmaps. Position, size, colour and the amount of text
 * stay faithful; at 20 % and above every note is drawn in full.
 *
 * Test hook: with `?bench=1` the board installs `window.__journeywallBench`
 * (bench-hooks.ts). For e2e tests it always exposes the read-only
 * `window.__journeywallBoardState` (see BoardStateHook below): the screen
 * rectangles of the notes and of a few board points, so tests can point at
 * things on the canvas the way a person would. It never changes anything.
 */
import { useEffect, useRef, useState, useSyncExternalStore } from 'react'
import { useTranslation } from 'react-i18next'
import { NoteColor } from '../../shared/model'
import { listen } from '../app/api'
import { useBoard } from '../store/board-store'
import { benchEnabled } from './bench-hooks'
import { BoardEngine, type ContextMenuRequest } from './engine'
import { addButtons, emotionPlaceholders, linkHandle } from '../../shared/layout'
import { NOTE_PAPER } from '../../shared/look'

export interface BoardStateHook {
  cards(): ReturnType<BoardEngine['cardScreenRects']>
  camera(): { x: number; y: number; scale: number }
  /** Page px of emotion points (lane, stage, score) and of the hollow "no point yet" handles. */
  emotionPoints(): Array<{ id: string; stageId: string; score: number; x: number; y: number }>
  /** Page px of a cell's centre, and of its empty area after the last note. */
  cell(stageId: string, laneId: string): { x: number; y: number; free: { x: number; y: number } } | null
  stageHeader(stageId: string): { x: number; y: number } | null
  linkCount(): number
  /** The link handle of the single selected note, if shown. */
  linkHandle(): { x: number; y: number } | null
  stages(): Array<{ id: string; name: string }>
  lanes(): Array<{ id: string; kind: string; title: string }>
  /** Page px of the centres of the "add stage" and "add lane" buttons and of a lane header. */
  addButtons(): { stage: { x: number; y: number }; lane: { x: number; y: number } } | null
  laneHeader(laneId: string): { x: number; y: number } | null
  /** Page px of a stage's trailing header edge (where dragging resizes it). */
  stageEdge(stageId: string): { x: number; y: number } | null
}

declare global {
  interface Window {
    __journeywallBoardState?: BoardStateHook
  }
}

let activeEngine: BoardEngine | null = null
const engineListeners = new Set<() => void>()

/** The mounted board's engine, for the toolbar's buttons. */
export function useBoardEngine(): BoardEngine | null {
  return useSyncExternalStore(
    (l) => {
      engineListeners.add(l)
      return () => engineListeners.delete(l)
    },
    () => activeEngine,
  )
}

function setActiveEngine(engine: BoardEngine | null): void {
  activeEngine = engine
  for (const l of engineListeners) l()
}

function isTextField(el: Element | null): boolean {
  return el instanceof HTMLElement && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName))
}

export function Board() {
  const { t } = useTranslation()
  const host = useRef<HTMLDivElement>(null)
  const canvas = useRef<HTMLDivElement>(null)
  const [menu, setMenu] = useState<ContextMenuRequest | null>(null)
  const [engine, setEngine] = useState<BoardEngine | null>(null)

  useEffect(() => {
    const hostEl = host.current
    const canvasEl = canvas.current
    if (!hostEl || !canvasEl) return
    const created = new BoardEngine(canvasEl, hostEl, { contextMenu: setMenu })
    setEngine(created)
    setActiveEngine(created)
    void created.start()
    const observer = new ResizeObserver(() => {
      const r = hostEl.getBoundingClientRect()
      created.resize(r.width, r.height)
    })
    observer.observe(hostEl)

    if (benchEnabled()) {
      window.__journeywallBench = {
        firstRender: created.firstRender,
        boardBounds: () => created.boardBounds(),
        getCamera: () => created.getCamera(),
        setCamera: (camera) => created.setCamera(camera, true),
        cardIds: () => created.cardIds(),
        editCard: (cardId) => created.editCard(cardId),
      }
    }
    window.__journeywallBoardState = stateHook(created)

    // Clipboard through DOM events (navigator.clipboard is denied in the app).
    const owns = () => document.activeElement === canvasEl || (!isTextField(document.activeElement) && !created.isEditing())
    const onCopy = (e: ClipboardEvent) => {
      if (!owns() || !e.clipboardData) return
      if (created.copyTo(e.clipboardData, false)) e.preventDefault()
    }
    const onCut = (e: ClipboardEvent) => {
      if (!owns() || !e.clipboardData) return
      if (created.copyTo(e.clipboardData, true)) e.preventDefault()
    }
    const onPaste = (e: ClipboardEvent) => {
      if (!owns() || !e.clipboardData) return
      if (created.pasteFrom(e.clipboardData)) e.preventDefault()
    }
    document.addEventListener('copy', onCopy)
    document.addEventListener('cut', onCut)
    document.addEventListener('paste', onPaste)
    // Menu commands that belong to the board (the shell handles file and history commands).
    const offMenu = listen('menu:command', ({ command }) => {
      switch (command) {
        case 'zoomIn':
          created.zoomIn()
          break
        case 'zoomOut':
          created.zoomOut()
          break
        case 'zoomReset':
          created.zoomReset()
          break
        case 'zoomToFit':
          created.zoomToFit()
          break
        case 'selectAll':
          if (!isTextField(document.activeElement)) created.selectAll()
          break
        case 'cut':
        case 'copy':
        case 'paste':
          // Fires the DOM clipboard event on the focused element: a text field edits, the board handles cards.
          document.execCommand(command)
          break
        default:
          break
      }
    })

    return () => {
      observer.disconnect()
      offMenu()
      document.removeEventListener('copy', onCopy)
      document.removeEventListener('cut', onCut)
      document.removeEventListener('paste', onPaste)
      if (window.__journeywallBench?.firstRender === created.firstRender) delete window.__journeywallBench
      delete window.__journeywallBoardState
      created.destroy()
      setActiveEngine(null)
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
      {menu && engine && <ContextMenu request={menu} engine={engine} onClose={() => setMenu(null)} />}
    </div>
  )
}

function stateHook(engine: BoardEngine): BoardStateHook {
  return {
    cards: () => engine.cardScreenRects(),
    camera: () => engine.getCamera(),
    emotionPoints: () => {
      const layout = engine.layout
      if (!layout) return []
      const out: Array<{ id: string; stageId: string; score: number; x: number; y: number }> = []
      for (const curve of layout.emotionCurves) {
        for (const p of curve.points) out.push({ id: p.point.id, stageId: p.point.stageId, score: p.score, ...engine.screenPoint(p) })
      }
      for (const ghost of emotionPlaceholders(layout, engine.mapModel()!)) out.push({ id: ghost.id, stageId: ghost.stageId, score: 0, ...engine.screenPoint(ghost) })
      return out
    },
    cell: (stageId, laneId) => {
      const cell = engine.layout?.cells.find((c) => c.stageId === stageId && c.laneId === laneId)
      if (!cell) return null
      const r = cell.rect
      const rows = Math.ceil(cell.cardIds.length / cell.flow.columns)
      const freeY = r.y + cell.flow.padding + rows * (cell.flow.cardHeight + cell.flow.gap) + 8
      return {
        ...engine.screenPoint({ x: r.x + r.width / 2, y: r.y + r.height / 2 }),
        free: engine.screenPoint({ x: r.x + r.width / 2, y: Math.min(freeY, r.y + r.height - 6) }),
      }
    },
    stageHeader: (stageId) => {
      const s = engine.layout?.stages.find((c) => c.stageId === stageId)
      return s ? engine.screenPoint({ x: s.name.x + s.name.width / 2, y: s.name.y + 10 }) : null
    },
    linkCount: () => engine.layout?.links.length ?? 0,
    linkHandle: () => {
      const layout = engine.layout
      const ids = useBoard.getState().selectedCardIds
      if (!layout || ids.length !== 1) return null
      const handle = linkHandle(layout, ids[0]!, engine.getCamera().scale)
      return handle ? engine.screenPoint(handle.center) : null
    },
    stages: () => engine.layout?.stages.map((s) => ({ id: s.stageId, name: s.stage.name })) ?? [],
    lanes: () => engine.layout?.lanes.map((l) => ({ id: l.laneId, kind: l.kind, title: '' })) ?? [],
    addButtons: () => {
      const layout = engine.layout
      if (!layout) return null
      const b = addButtons(layout, engine.getCamera().scale)
      return {
        stage: engine.screenPoint({ x: b.stage.x + b.stage.width / 2, y: b.stage.y + b.stage.height / 2 }),
        lane: engine.screenPoint({ x: b.lane.x + b.lane.width / 2, y: b.lane.y + b.lane.height / 2 }),
      }
    },
    laneHeader: (laneId) => {
      const l = engine.layout?.lanes.find((x) => x.laneId === laneId)
      return l ? engine.screenPoint({ x: l.header.x + l.header.width / 2, y: l.header.y + l.header.height / 2 }) : null
    },
    stageEdge: (stageId) => {
      const layout = engine.layout
      const s = layout?.stages.find((x) => x.stageId === stageId)
      if (!layout || !s) return null
      return engine.screenPoint({ x: layout.direction === 'rtl' ? s.x : s.x + s.width, y: s.header.y + s.header.height / 2 })
    },
  }
}

interface MenuItem {
  label: string
  run(): void
  danger?: boolean
  swatch?: string
}

function ContextMenu({ request, engine, onClose }: { request: ContextMenuRequest; engine: BoardEngine; onClose(): void }) {
  const { t } = useTranslation()
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    ref.current?.querySelector<HTMLButtonElement>('button')?.focus()
    const onDown = (e: PointerEvent) => {
      if (!ref.current?.contains(e.target as Node)) onClose()
    }
    window.addEventListener('pointerdown', onDown, true)
    return () => window.removeEventListener('pointerdown', onDown, true)
  }, [onClose])

  const target = request.target
  const items: MenuItem[] = []
  let colours: MenuItem[] = []
  const copyVia = (cut: boolean) => {
    // A clipboard event needs a user gesture; the menu click is one.
    document.querySelector<HTMLElement>('[data-testid="board"]')?.focus()
    document.execCommand(cut ? 'cut' : 'copy')
  }
  switch (target.kind) {
    case 'card':
      if (target.cardIds.length === 1) items.push({ label: t('board.edit'), run: () => engine.editCard(target.cardIds[0]!) })
      items.push({ label: t('board.copy'), run: () => copyVia(false) })
      items.push({ label: t('board.cut'), run: () => copyVia(true) })
      items.push({ label: t('board.duplicate'), run: () => engine.duplicateSelection() })
      items.push({ label: t('board.zoomToSelection'), run: () => engine.zoomToSelection() })
      items.push({ label: t('board.delete'), run: () => engine.deleteSelection(), danger: true })
      colours = NoteColor.options.map((color) => ({
        label: t(`noteColors.${color}`),
        swatch: NOTE_PAPER[color],
        run: () => engine.recolor(target.cardIds, color),
      }))
      break
    case 'cell':
      items.push({ label: t('board.addNote'), run: () => engine.addNoteHere() })
      items.push({
        label: t('board.paste'),
        run: () => {
          document.querySelector<HTMLElement>('[data-testid="board"]')?.focus()
          document.execCommand('paste')
        },
      })
      break
    case 'stage': {
      const index = engine.stageIndex(target.stageId)
      items.push({ label: t('board.rename'), run: () => engine.renameStage(target.stageId) })
      items.push({ label: t('board.addStageBefore'), run: () => engine.addStageAt(index) })
      items.push({ label: t('board.addStageAfter'), run: () => engine.addStageAt(index + 1) })
      items.push({ label: t('board.deleteStage'), run: () => void engine.deleteStageAsk(target.stageId), danger: true })
      break
    }
    case 'lane': {
      const index = engine.laneIndex(target.laneId)
      items.push({ label: t('board.rename'), run: () => engine.renameLane(target.laneId) })
      items.push({ label: t('board.addLaneAbove'), run: () => engine.addLaneAt(index) })
      items.push({ label: t('board.addLaneBelow'), run: () => engine.addLaneAt(index + 1) })
      items.push({ label: t('board.deleteLane'), run: () => void engine.deleteLaneAsk(target.laneId), danger: true })
      break
    }
    case 'link':
      items.push({ label: t('board.deleteLink'), run: () => engine.deleteLink(target.linkId), danger: true })
      break
    case 'emotion':
      items.push({ label: t('board.resetEmotion'), run: () => engine.clearEmotion(target.pointId), danger: true })
      break
  }
  const left = Math.min(request.x, window.innerWidth - 240)
  const top = Math.min(request.y, window.innerHeight - (items.length * 44 + (colours.length ? 100 : 0) + 16))
  return (
    <div
      className="board-menu"
      role="menu"
      ref={ref}
      style={{ left: Math.max(4, left), top: Math.max(4, top) }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          onClose()
          document.querySelector<HTMLElement>('[data-testid="board"]')?.focus()
        }
      }}
    >
      {items.map((item) => (
        <button
          key={item.label}
          type="button"
          role="menuitem"
          className={item.danger ? 'danger' : undefined}
          onClick={() => {
            onClose()
            item.run()
          }}
        >
          {item.label}
        </button>
      ))}
      {colours.length > 0 && (
        <div className="board-menu-colours" role="group" aria-label={t('board.colour')}>
          {colours.map((c) => (
            <button
              key={c.label}
              type="button"
              role="menuitem"
              aria-label={c.label}
              title={c.label}
              style={{ background: c.swatch }}
              onClick={() => {
                onClose()
                c.run()
              }}
            />
          ))}
        </div>
      )}
    </div>
  )
}

/** Zoom controls and "Add note" for the toolbar. */
export function BoardToolbar() {
  const { t, i18n } = useTranslation()
  const engine = useBoardEngine()
  const zoom = useBoard((s) => s.zoom)
  // "100 %" in English, "۱۰۰٪" in Persian: the locale's own percent format.
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 }).format(zoom)
  return (
    <div className="board-tools" role="group">
      <button type="button" className="primary" onClick={() => engine?.addNoteHere()} disabled={!engine}>
        {t('board.addNote')}
      </button>
      <button type="button" aria-label={t('board.zoomOut')} title={t('board.zoomOut')} onClick={() => engine?.zoomOut()} disabled={!engine}>
        −
      </button>
      <button type="button" className="zoom-level" title={t('board.zoomReset')} aria-label={t('board.zoomLevel', { percent: Math.round(zoom * 100) })} onClick={() => engine?.zoomReset()} disabled={!engine}>
        {percent}
      </button>
      <button type="button" aria-label={t('board.zoomIn')} title={t('board.zoomIn')} onClick={() => engine?.zoomIn()} disabled={!engine}>
        +
      </button>
      <button type="button" onClick={() => engine?.zoomToFit()} disabled={!engine}>
        {t('board.zoomToFit')}
      </button>
    </div>
  )
}
