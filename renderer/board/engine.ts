/**
 * The board engine: plain Konva driven imperatively, outside React.
 *
 * Layers (Konva's guidance: 3–5, static ones not listening):
 *   background — cells, headers, lane looks, team chips (one custom shape, culled to the view)
 *   cards      — one cached bitmap node per visible note; off-screen notes are dropped from the tree
 *   overlay    — links, emotion curves, selection, drop indicator, marquee, handles
 *   drag       — the notes being dragged, so a drag frame redraws only them
 * No layer listens: hit-testing uses shared/layout's spatial index, so Konva
 * builds no hit graph. The camera lives here and is applied to the Stage
 * directly; React only hears about it when a zoom settles.
 */
import Konva from 'konva'
import i18next from 'i18next'
import {
  addCard,
  addCardsFromText,
  addLane,
  addLink,
  addStage,
  copyCards,
  deleteCards,
  deleteEmotionPoint,
  deleteLane,
  deleteLinks,
  deleteStage,
  duplicateCards,
  editCardText,
  moveCards,
  moveLane,
  moveStage,
  pasteCards,
  recolorCards,
  renameLane,
  renameStage,
  resizeLane,
  resizeStage,
  setEmotionPoint,
  type Command,
  type CreatingCommand,
} from '../../shared/commands'
import {
  boardExtent,
  cardAtPoint,
  cardsBounds,
  cardsInRect,
  cellKey,
  dropTarget,
  emotionPlaceholders,
  faceRadius,
  hitTestBoard,
  insertionPoint,
  isPlaceholderId,
  layoutMap,
  linkAtPoint,
  linkHandle,
  neighbourCard,
  neighbourCell,
  normalizeRect,
  rectsIntersect,
  reorderTarget,
  resizeTarget,
  resolveDirection,
  routesWithMovedCards,
  scoreFromY,
  slotRect,
  snapScore,
  visibleCards,
  type BoardHit,
  type CardLayout,
  type CellHit,
  type InsertionPoint,
  type MapLayout,
  type Point,
  type Rect,
} from '../../shared/layout'
import { newId, type Card, type JourneyMap, type NoteColor, type Project } from '../../shared/model'
import { useBoard, type CellRef } from '../store/board-store'
import { useDocument } from '../store/document-store'
import { confirmDialog } from '../panels/confirm'
import type { Camera } from './bench-hooks'
import { clampScale, fitRect, toScreen, toWorld, viewportRect, zoomAround } from './camera'
import { buildCardNode, cacheRatio, destroyCardNode, placeCardNode, repaintCard, type CardContext } from './card-node'
import { drawBackground, drawOverlay, type EmotionDrag, type Labels } from './scene'
import { boardText } from './text'
import { cssFont, NOTE_PAPER, NOTE_TEXT, stageHeaderMeasure } from '../../shared/look'
import { ensureFonts, loadFontsFor } from '../services/fonts'

export const CLIPBOARD_MIME = 'application/x-journeywall+json'

/**
 * Runs `fn` with Konva's auto-draw off. The board draws explicitly (a synchronous draw per camera
 * change, batchDraw after edits); auto-draw would schedule a second draw of a layer in the next
 * frame whenever a node attribute changes (every culled, placed or re-painted note), doubling the
 * work of a pan frame. Scoped, not global: other Konva users (react-konva) rely on auto-draw.
 */
function quietly<T>(fn: () => T): T {
  const was = Konva.autoDrawEnabled
  Konva.autoDrawEnabled = false
  try {
    return fn()
  } finally {
    Konva.autoDrawEnabled = was
  }
}

/** Below this zoom a note is a few pixels tall: drawn as its paper and text bars (see README note in Board.tsx). */
export const OVERVIEW_SCALE = 0.2
/** Cards within this fraction of a viewport beyond each edge stay in the tree, so a slow pan rarely builds on screen. */
const CULL_MARGIN = 0.1
/** Built (cached) notes kept for reuse beyond those in view. */
const MAX_NODES = 1500
/** Time budget per frame for building and caching notes that come into view. */
const BUILD_BUDGET_MS = 4
const LONG_PRESS_MS = 550
const ZOOM_STEPS = [0.1, 0.15, 0.25, 0.33, 0.5, 0.67, 0.75, 1, 1.25, 1.5, 2, 3, 4]
const DRAG_THRESHOLD = 5

export type ContextTarget =
  | { kind: 'card'; cardIds: string[] }
  | { kind: 'cell'; cell: CellRef; index: number }
  | { kind: 'stage'; stageId: string }
  | { kind: 'lane'; laneId: string }
  | { kind: 'link'; linkId: string }
  | { kind: 'emotion'; pointId: string }

export interface ContextMenuRequest {
  x: number
  y: number
  target: ContextTarget
}

export interface EngineEvents {
  contextMenu(request: ContextMenuRequest | null): void
}

type EditorTarget =
  | { kind: 'card'; cardId: string }
  | { kind: 'new'; stageId: string; laneId: string; afterCardId?: string }
  | { kind: 'stage'; stageId: string }
  | { kind: 'lane'; laneId: string }
  | { kind: 'emotion'; pointId: string; stageId: string; cardId?: string }

interface Mounted {
  group: Konva.Image
  card: Card
  rect: Rect
  ratio: number
}

type Gesture =
  | { kind: 'none' }
  | { kind: 'pan'; pointerId: number; last: Point }
  | { kind: 'pinch'; ids: [number, number]; startDist: number; startCam: Camera; startMid: Point; worldMid: Point }
  | { kind: 'press-card'; pointerId: number; start: Point; startWorld: Point; cardId: string; toggled: boolean }
  | { kind: 'drag-cards'; pointerId: number; startWorld: Point; ids: string[]; hit: CellHit | null }
  | { kind: 'press-empty'; pointerId: number; start: Point; startWorld: Point; touch: boolean }
  | { kind: 'marquee'; pointerId: number; startWorld: Point; rect: Rect; additive: string[] }
  | { kind: 'emotion'; pointerId: number; pointId: string; laneId: string; stageId: string; cardId?: string; score: number; moved: boolean }
  | { kind: 'link'; pointerId: number; fromCardId: string; to: Point }
  | { kind: 'press-header'; pointerId: number; start: Point; axis: 'stage' | 'lane'; id: string }
  | { kind: 'reorder'; pointerId: number; axis: 'stage' | 'lane'; id: string; toIndex: number }
  | { kind: 'resize'; pointerId: number; axis: 'stage' | 'lane'; id: string; size: number }
  | { kind: 'press-button'; pointerId: number; which: 'add-stage' | 'add-lane' }

export class BoardEngine {
  readonly stage: Konva.Stage
  private readonly bgLayer: Konva.Layer
  private readonly cardLayer: Konva.Layer
  private readonly overlayLayer: Konva.Layer
  private readonly dragLayer: Konva.Layer
  private readonly overview: Konva.Shape
  private readonly editor: HTMLTextAreaElement
  private readonly headerInput: HTMLInputElement
  private camera: Camera = { x: -40, y: -40, scale: 1 }
  private size = { width: 800, height: 600 }
  private project: Project | null = null
  private map: JourneyMap | null = null
  layout: MapLayout | null = null
  private cardCtx: CardContext | null = null
  /** Built notes by card id, least recently shown first. */
  private readonly mounted = new Map<string, Mounted>()
  /** The notes currently in the card layer's tree. */
  private readonly shownIds = new Set<string>()
  private pendingBuild: CardLayout[] = []
  private pumpFrame = 0
  private lastCameraAt = 0
  private lastZoomAt = 0
  private currentRatio = 1
  private frame = 0
  private settleTimer = 0
  private gesture: Gesture = { kind: 'none' }
  private readonly pointers = new Map<number, { type: string; start: Point; onCard: boolean; pos: Point }>()
  private penDown = false
  private spaceDown = false
  private longPressTimer = 0
  private lastTap: { time: number; pos: Point } | null = null
  private editing: EditorTarget | null = null
  private dragRects: Map<string, Rect> | null = null
  private dropRect: Rect | null = null
  private headerDrop: Rect | null = null
  private guides: Rect[] = []
  private emotionDrag: EmotionDrag | null = null
  private hoverCard: string | null = null
  private firstRenderResolve: ((t: number) => void) | null = null
  readonly firstRender: Promise<number>
  private ready = false
  private disposed = false
  private readonly unsubs: Array<() => void> = []
  private zoomListeners = new Set<() => void>()

  constructor(
    private readonly container: HTMLDivElement,
    private readonly host: HTMLDivElement,
    private readonly events: EngineEvents,
  ) {
    this.firstRender = new Promise((resolve) => (this.firstRenderResolve = resolve))
    const rect = host.getBoundingClientRect()
    this.size = { width: Math.max(1, rect.width), height: Math.max(1, rect.height) }
    this.stage = new Konva.Stage({ container, width: this.size.width, height: this.size.height, listening: false })
    this.bgLayer = new Konva.Layer({ listening: false })
    this.cardLayer = new Konva.Layer({ listening: false })
    this.overlayLayer = new Konva.Layer({ listening: false })
    // Hidden while nothing is dragged: an empty layer would still be cleared and composited every frame.
    this.dragLayer = new Konva.Layer({ listening: false, visible: false })
    this.stage.add(this.bgLayer, this.cardLayer, this.overlayLayer, this.dragLayer)
    this.bgLayer.add(new Konva.Shape({ listening: false, sceneFunc: (ctx) => this.drawBg(ctx._context) }))
    this.overview = new Konva.Shape({ listening: false, visible: false, sceneFunc: (ctx) => this.drawOverview(ctx._context) })
    this.cardLayer.add(this.overview)
    this.overlayLayer.add(new Konva.Shape({ listening: false, sceneFunc: (ctx) => this.drawOver(ctx._context) }))

    this.editor = document.createElement('textarea')
    this.editor.className = 'board-editor'
    this.editor.dir = 'auto'
    this.editor.spellcheck = true
    this.editor.hidden = true
    this.editor.setAttribute('data-testid', 'card-editor')
    this.headerInput = document.createElement('input')
    this.headerInput.className = 'board-header-input'
    this.headerInput.dir = 'auto'
    this.headerInput.hidden = true
    this.headerInput.setAttribute('data-testid', 'header-editor')
    host.append(this.editor, this.headerInput)
    this.wireDom()
  }

  /** Loads fonts for the map's text, lays it out and shows it fitted. */
  async start(): Promise<void> {
    performance.mark('jw:board:start')
    const project = useDocument.getState().project
    const map = project ? this.activeMap(project) : null
    const texts: string[] = []
    const bold: string[] = ['Aa0123456789']
    if (map) {
      for (const c of map.cards) texts.push(c.text)
      for (const s of map.stages) {
        texts.push(s.customerGoal, s.businessGoal)
        bold.push(s.name)
      }
      for (const l of map.lanes) bold.push(l.title || i18next.t(`lanes.${l.kind}`))
      for (const p of map.emotionPoints) texts.push(p.reason)
      for (const t of project?.teams ?? []) {
        texts.push(t.name)
        bold.push(t.name)
      }
    }
    texts.push(...bold, i18next.t('stageHeader.customerGoal'), i18next.t('stageHeader.businessGoal'), 'Aa0123456789+-%:·…')
    bold.push(...Object.values(i18next.t('board.phases', { returnObjects: true }) as Record<string, string>))
    await loadFontsFor(texts, bold)
    performance.mark('jw:board:fonts')
    if (this.disposed) return
    this.ready = true
    this.sync(true)
    performance.mark('jw:board:laid-out')
    this.zoomToFit(false)
    // Ready for quick capture: the board has the keyboard unless something else took it.
    if (document.activeElement === document.body) this.container.focus({ preventScroll: true })
    this.unsubs.push(useDocument.subscribe(() => this.sync(false)))
    this.unsubs.push(
      useBoard.subscribe((s, prev) => {
        if (s.activeMapId !== prev.activeMapId) this.sync(true)
        if (s.selectedCardIds !== prev.selectedCardIds || s.selectedCell !== prev.selectedCell) this.overlayLayer.batchDraw()
      }),
    )
    const onLang = () => this.sync(true)
    i18next.on('languageChanged', onLang)
    this.unsubs.push(() => i18next.off('languageChanged', onLang))
    // A font piece that arrives later (a Chinese character typed now) re-measures the text that needs it.
    // Only faces that were not loaded when the board last measured count (loadingdone also reports the
    // pieces awaited before the first layout, a moment after they resolved).
    const measured = new Set<FontFace>()
    const remember = () => document.fonts.forEach((f) => f.status === 'loaded' && measured.add(f))
    remember()
    const onFonts = (e: FontFaceSetLoadEvent) => {
      if (e.fontfaces.every((f) => measured.has(f))) return
      remember()
      boardText.clear()
      this.sync(true)
    }
    document.fonts.addEventListener('loadingdone', onFonts)
    this.unsubs.push(() => document.fonts.removeEventListener('loadingdone', onFonts))
  }

  destroy(): void {
    this.disposed = true
    for (const off of this.unsubs) off()
    cancelAnimationFrame(this.frame)
    clearTimeout(this.settleTimer)
    clearTimeout(this.longPressTimer)
    this.stage.destroy()
    this.editor.remove()
    this.headerInput.remove()
  }

  // ------------------------------------------------------------ model → scene

  private activeMap(project: Project): JourneyMap | null {
    const id = useBoard.getState().activeMapId
    return project.maps.find((m) => m.id === id) ?? project.maps[0] ?? null
  }

  mapModel(): JourneyMap | null {
    return this.map
  }

  get mapId(): string | null {
    return this.map?.id ?? null
  }

  private labelsCache: { language: string; labels: Labels } | null = null

  /** UI strings drawn on the canvas, looked up once per language (not per frame). */
  private labels(): Labels {
    if (this.labelsCache?.language === i18next.language) return this.labelsCache.labels
    const t = i18next.t.bind(i18next)
    const laneNames = new Map<string, string>()
    const labels: Labels = {
      customerGoal: t('stageHeader.customerGoal'),
      businessGoal: t('stageHeader.businessGoal'),
      laneTitle: (kind, title) => {
        if (title) return title
        let name = laneNames.get(kind)
        if (name === undefined) laneNames.set(kind, (name = t(`lanes.${kind}`)))
        return name
      },
      teamLegend: t('board.teamLegend'),
      addStage: t('board.addStage'),
      locale: i18next.language,
      addLane: t('board.addLane'),
    }
    this.labelsCache = { language: i18next.language, labels }
    return labels
  }

  private uiDirection(): 'ltr' | 'rtl' {
    // i18next knows the new language's direction before the shell updates <html dir>.
    return i18next.dir() === 'rtl' ? 'rtl' : 'ltr'
  }

  /**
   * Brings the scene up to date with the document. Unchanged card objects
   * (immer keeps them identical) keep their cached nodes; only changed,
   * moved or resized ones are touched.
   */
  private sync(force: boolean): void {
    if (!this.ready || this.disposed) return
    const project = useDocument.getState().project
    const map = project ? this.activeMap(project) : null
    if (!force && project === this.project && map === this.map) return
    const contextChanged =
      force || !this.project || !project || project.teams !== this.project.teams || project.channels !== this.project.channels || map?.lanes !== this.map?.lanes
    const previousMap = this.map
    this.project = project
    this.map = map
    if (!map || !project) {
      this.layout = null
      this.clearMounted()
      this.stage.batchDraw()
      return
    }
    if (previousMap && map !== previousMap) {
      // Text never seen before may need a font piece that is not loaded yet (unicode-range fonts).
      const before = new Set(previousMap.cards)
      const fresh: string[] = []
      for (const c of map.cards) if (!before.has(c)) fresh.push(c.text)
      for (const s of map.stages) fresh.push(s.name, s.customerGoal, s.businessGoal)
      ensureFonts(fresh)
    }
    const direction = resolveDirection(map.direction, this.uiDirection())
    const labels = this.labels()
    this.layout = layoutMap(map, { direction, measure: stageHeaderMeasure(boardText.measure, labels, labels.locale) })
    if (contextChanged || this.cardCtx?.rtl !== (direction === 'rtl')) {
      const t = i18next.t.bind(i18next)
      this.cardCtx = {
        channels: new Map(project.channels.map((c) => [c.id, c])),
        teams: new Map(project.teams.map((c) => [c.id, c])),
        laneKinds: new Map(map.lanes.map((l) => [l.id, l.kind])),
        rtl: direction === 'rtl',
        phaseLabel: (phase) => t(`phases.${phase}`),
      }
      this.clearMounted()
    }
    // Drop selection of cards that no longer exist (undo of an add, delete elsewhere).
    const board = useBoard.getState()
    const alive = board.selectedCardIds.filter((id) => this.layout!.cardsById.has(id))
    if (alive.length !== board.selectedCardIds.length) board.selectCards(alive)
    this.refreshCards()
    this.positionEditor()
    this.stage.batchDraw()
  }

  private clearMounted(): void {
    for (const m of this.mounted.values()) destroyCardNode(m.group)
    this.mounted.clear()
    this.shownIds.clear()
    this.pendingBuild = []
  }

  private overviewMode(): boolean {
    return this.camera.scale < OVERVIEW_SCALE
  }

  private hide(id: string): void {
    const m = this.mounted.get(id)
    if (m && !this.dragRects?.has(id)) m.group.remove()
    this.shownIds.delete(id)
  }

  /**
   * Culling: only notes in view (plus a small margin) are in the layer's
   * tree; the rest are removed from it. Built notes are kept (least recently
   * shown dropped first) so a pan back reuses their bitmaps; changed ones
   * (a new card object) are rebuilt.
   */
  private refreshCards(): void {
    quietly(() => this.refreshCardsNow())
  }

  private refreshCardsNow(): void {
    const layout = this.layout
    if (!layout || !this.cardCtx) return
    const overview = this.overviewMode()
    if (overview) {
      for (const id of [...this.shownIds]) this.hide(id)
      this.pendingBuild = []
      this.overview.visible(true)
      return
    }
    const view = viewportRect(this.camera, this.size, CULL_MARGIN)
    const wanted = visibleCards(layout, view)
    const wantedIds = new Set<string>()
    const toBuild: CardLayout[] = []
    for (const laid of wanted) {
      const id = laid.cardId
      wantedIds.add(id)
      let m = this.mounted.get(id)
      if (m && (m.card !== laid.card || m.rect.width !== laid.rect.width || m.rect.height !== laid.rect.height)) {
        destroyCardNode(m.group)
        this.mounted.delete(id)
        this.shownIds.delete(id)
        m = undefined
      }
      if (!m) {
        toBuild.push(laid)
        continue
      }
      if (m.rect.x !== laid.rect.x || m.rect.y !== laid.rect.y) {
        if (!this.dragRects?.has(id)) placeCardNode(m.group, laid.rect.x, laid.rect.y)
        m.rect = laid.rect
      }
      if (!this.shownIds.has(id)) {
        this.cardLayer.add(m.group)
        this.shownIds.add(id)
        // Most recently shown last (a Map keeps insertion order).
        this.mounted.delete(id)
        this.mounted.set(id, m)
        // Painted for another zoom: re-paint, unless a zoom is under way (its settling re-paints).
        if (m.ratio !== this.currentRatio && performance.now() - this.lastZoomAt > 250) toBuild.push(laid)
      }
    }
    for (const id of [...this.shownIds]) if (!wantedIds.has(id)) this.hide(id)
    if (this.mounted.size > MAX_NODES) {
      for (const [id, m] of this.mounted) {
        if (this.mounted.size <= MAX_NODES) break
        if (this.shownIds.has(id)) continue
        destroyCardNode(m.group)
        this.mounted.delete(id)
      }
    }
    // Build what is on screen first, then the margin.
    const onScreen = viewportRect(this.camera, this.size, 0)
    toBuild.sort((a, b) => Number(rectsIntersect(b.rect, onScreen)) - Number(rectsIntersect(a.rect, onScreen)))
    this.pendingBuild = toBuild
    this.buildPending(this.firstRenderResolve ? Infinity : BUILD_BUDGET_MS)
  }

  /**
   * Builds (or re-caches at the current pixel ratio) pending notes within a
   * time budget; what is left shows as a placeholder (paper and text bars)
   * and is built on the next frames, so a fast pan or zoom never stalls.
   */
  private buildPending(budget: number): void {
    quietly(() => this.buildPendingNow(budget))
  }

  private buildPendingNow(budget: number): void {
    const ctx = this.cardCtx
    const layout = this.layout
    if (!ctx || !layout) return
    const started = performance.now()
    // New bitmaps are painted for the zoom shown now (small while zoomed out); a settled zoom evens them out.
    const ratio = cacheRatio(this.camera.scale)
    let done = 0
    while (done < this.pendingBuild.length) {
      if (done > 0 && performance.now() - started > budget) break
      const laid = this.pendingBuild[done++]!
      if (layout.cardsById.get(laid.cardId) !== laid) continue
      const existing = this.mounted.get(laid.cardId)
      if (existing) {
        if (existing.ratio !== ratio && existing.card === laid.card) {
          repaintCard(existing.group, laid.card, laid.rect, ctx, ratio)
          existing.ratio = ratio
        }
        continue
      }
      const group = buildCardNode(laid.card, laid.rect, ctx, ratio)
      this.cardLayer.add(group)
      this.mounted.set(laid.cardId, { group, card: laid.card, rect: laid.rect, ratio })
      this.shownIds.add(laid.cardId)
    }
    this.pendingBuild = done >= this.pendingBuild.length ? [] : this.pendingBuild.slice(done)
    this.overview.visible(this.pendingBuild.length > 0)
    if (this.pendingBuild.length > 0 && !this.pumpFrame) this.pumpFrame = requestAnimationFrame(this.pump)
  }

  /** Keeps building left-over notes on idle frames; skipped in frames where the camera already moved (and built). */
  private readonly pump = (): void => {
    this.pumpFrame = 0
    if (this.disposed || this.pendingBuild.length === 0) return
    // While the camera moves, setCamera builds within its own budget; the pump only fills in when it rests.
    if (performance.now() - this.lastCameraAt < 60) {
      this.pumpFrame = requestAnimationFrame(this.pump)
      return
    }
    this.buildPending(BUILD_BUDGET_MS)
    this.cardLayer.draw()
  }

  /** When a zoom settles, re-cache the visible notes at a pixel ratio that is sharp at the new zoom. */
  private settle(): void {
    clearTimeout(this.settleTimer)
    this.settleTimer = window.setTimeout(() => {
      if (this.disposed) return
      const ratio = cacheRatio(this.camera.scale)
      this.currentRatio = ratio
      // Visible notes painted for another zoom are re-painted a budget at a time (the old bitmap shows meanwhile).
      const layout = this.layout
      const stale = layout
        ? [...this.shownIds].filter((id) => this.mounted.get(id)?.ratio !== ratio).map((id) => layout.cardsById.get(id)).filter((l): l is CardLayout => !!l)
        : []
      if (stale.length > 0) {
        this.pendingBuild = [...stale, ...this.pendingBuild]
        this.buildPending(BUILD_BUDGET_MS)
        this.cardLayer.batchDraw()
      }
      useBoard.getState().setZoom(this.camera.scale)
      for (const l of this.zoomListeners) l()
    }, 180)
  }

  onZoom(listener: () => void): () => void {
    this.zoomListeners.add(listener)
    return () => this.zoomListeners.delete(listener)
  }

  // ------------------------------------------------------------ drawing

  private drawBg(c: CanvasRenderingContext2D): void {
    if (!this.layout || !this.map || !this.project) return
    drawBackground(c, {
      layout: this.layout,
      map: this.map,
      project: this.project,
      view: viewportRect(this.camera, this.size, 0.02),
      scale: this.camera.scale,
      labels: this.labels(),
      guides: this.guides,
    })
  }

  /** Overview level of detail: paper rectangles and grey text bars, one path per colour. */
  private drawOverview(c: CanvasRenderingContext2D): void {
    const layout = this.layout
    if (!layout) return
    const view = viewportRect(this.camera, this.size, 0)
    const cards = this.overviewMode() ? visibleCards(layout, view) : this.pendingBuild.filter((l) => !this.mounted.has(l.cardId) && rectsIntersect(l.rect, view))
    const byColor = new Map<NoteColor, CardLayout[]>()
    for (const laid of cards) {
      const list = byColor.get(laid.card.color)
      if (list) list.push(laid)
      else byColor.set(laid.card.color, [laid])
    }
    for (const [color, list] of byColor) {
      c.fillStyle = NOTE_PAPER[color]
      c.beginPath()
      for (const l of list) c.rect(l.rect.x, l.rect.y, l.rect.width, l.rect.height)
      c.fill()
    }
    c.fillStyle = 'rgba(31, 36, 48, 0.35)'
    c.beginPath()
    for (const l of cards) {
      const lines = Math.min(4, Math.ceil(l.card.text.length / 22))
      for (let i = 0; i < lines; i++) {
        const w = i === lines - 1 ? (l.rect.width - 20) * 0.6 : l.rect.width - 20
        c.rect(l.rect.x + 10, l.rect.y + 14 + i * 20, w, 8)
      }
    }
    c.fill()
    if (this.firstRenderResolve && cards.length > 0 && this.overviewMode()) this.resolveFirstRender()
  }

  private drawOver(c: CanvasRenderingContext2D): void {
    const layout = this.layout
    const map = this.map
    if (!layout || !map) return
    const board = useBoard.getState()
    const scale = this.camera.scale
    const g = this.gesture
    const routes = this.dragRects ? routesWithMovedCards(layout, this.dragRects) : layout.links
    const cellRect = board.selectedCell ? (layout.cellsByKey.get(cellKey(board.selectedCell.stageId, board.selectedCell.laneId))?.rect ?? null) : null
    drawOverlay(c, {
      layout,
      map,
      view: viewportRect(this.camera, this.size, 0.02),
      scale,
      selected: new Set(board.selectedCardIds),
      dragRects: this.dragRects,
      linkRoutes: routes,
      linkLabels: this.linkLabels(map),
      dropIndicator: this.dropRect,
      marquee: g.kind === 'marquee' ? normalizeRect(g.rect) : null,
      emotionDrag: this.emotionDrag,
      linkDraft: g.kind === 'link' ? { from: layout.cardsById.get(g.fromCardId)!.rect, to: g.to } : null,
      linkHandle: this.linkHandle(),
      selectedCell: cellRect,
      headerDrop: this.headerDrop,
      hoverCard: this.hoverCard,
    })
  }

  private linkLabelCache: { links: JourneyMap['links']; labels: Map<string, string> } | null = null

  private linkLabels(map: JourneyMap): ReadonlyMap<string, string> {
    if (this.linkLabelCache?.links !== map.links) {
      this.linkLabelCache = { links: map.links, labels: new Map(map.links.filter((l) => l.label).map((l) => [l.id, l.label])) }
    }
    return this.linkLabelCache.labels
  }

  private resolveFirstRender(): void {
    const resolve = this.firstRenderResolve
    if (!resolve) return
    this.firstRenderResolve = null
    // The frame is being drawn now; report when it is on screen.
    requestAnimationFrame(() => resolve(performance.now()))
  }

  private linkHandle(): { center: Point; radius: number } | null {
    const id = this.handleCardId()
    return id && this.layout ? linkHandle(this.layout, id, this.camera.scale) : null
  }

  // ------------------------------------------------------------ camera

  getCamera(): Camera {
    return { ...this.camera }
  }

  /** Applies a camera to the Stage directly; `sync` draws now instead of on the next frame. */
  setCamera(camera: Camera, sync = false): void {
    this.lastCameraAt = performance.now()
    const scaleChanged = camera.scale !== this.camera.scale
    this.camera = { x: camera.x, y: camera.y, scale: clampScale(camera.scale) }
    quietly(() => {
      this.stage.scale({ x: this.camera.scale, y: this.camera.scale })
      this.stage.position({ x: -this.camera.x * this.camera.scale, y: -this.camera.y * this.camera.scale })
    })
    this.refreshCards()
    this.positionEditor()
    if (sync) {
      cancelAnimationFrame(this.frame)
      this.frame = 0
      this.stage.draw()
    } else this.requestDraw()
    if (scaleChanged) {
      this.lastZoomAt = this.lastCameraAt
      this.settle()
    }
    if (this.firstRenderResolve && this.shownIds.size > 0) this.resolveFirstRender()
    if (this.firstRenderResolve && this.layout && this.layout.cards.length === 0) this.resolveFirstRender()
  }

  private requestDraw(): void {
    if (this.frame) return
    this.frame = requestAnimationFrame(() => {
      this.frame = 0
      this.stage.draw()
    })
  }

  viewport(): { width: number; height: number } {
    return { ...this.size }
  }

  resize(width: number, height: number): void {
    this.size = { width: Math.max(1, width), height: Math.max(1, height) }
    this.stage.size(this.size)
    this.setCamera(this.camera)
  }

  zoomBy(factor: number, anchor?: Point): void {
    const at = anchor ?? { x: this.size.width / 2, y: this.size.height / 2 }
    this.setCamera(zoomAround(this.camera, this.camera.scale * factor, at))
  }

  /** Zoom buttons and keys step through round levels, so 25 %, 100 % and 400 % are one press apart from each other. */
  zoomIn(): void {
    const next = ZOOM_STEPS.find((z) => z > this.camera.scale * 1.01) ?? ZOOM_STEPS[ZOOM_STEPS.length - 1]!
    this.zoomBy(next / this.camera.scale)
  }

  zoomOut(): void {
    const next = [...ZOOM_STEPS].reverse().find((z) => z < this.camera.scale * 0.99) ?? ZOOM_STEPS[0]!
    this.zoomBy(next / this.camera.scale)
  }

  zoomReset(): void {
    this.setCamera(zoomAround(this.camera, 1, { x: this.size.width / 2, y: this.size.height / 2 }))
  }

  zoomToFit(animateIgnored = true): void {
    void animateIgnored
    const layout = this.layout
    if (!layout) return
    this.setCamera(fitRect(boardExtent(layout), this.size, 24, 1))
  }

  zoomToSelection(): void {
    const layout = this.layout
    const ids = useBoard.getState().selectedCardIds
    if (!layout || ids.length === 0) return
    const rect = cardsBounds(layout, ids)
    if (rect) this.setCamera(fitRect(rect, this.size, 80, 2))
  }

  /** Pans (no zoom) so a board rect is in view. */
  private reveal(rect: Rect): void {
    const view = viewportRect(this.camera, this.size, 0)
    const pad = 40 / this.camera.scale
    let { x, y } = this.camera
    if (rect.x - pad < view.x) x = rect.x - pad
    else if (rect.x + rect.width + pad > view.x + view.width) x = rect.x + rect.width + pad - view.width
    if (rect.y - pad < view.y) y = rect.y - pad
    else if (rect.y + rect.height + pad > view.y + view.height) y = rect.y + rect.height + pad - view.height
    if (x !== this.camera.x || y !== this.camera.y) this.setCamera({ ...this.camera, x, y })
  }

  boardBounds(): Rect {
    return this.layout ? { ...this.layout.bounds } : { x: 0, y: 0, width: 0, height: 0 }
  }

  cardIds(): string[] {
    return this.map ? this.map.cards.map((c) => c.id) : []
  }

  /** Screen rects (page px) of the laid-out cards: the read-only test hook. */
  cardScreenRects(): Array<{ id: string; text: string; stageId: string; laneId: string; x: number; y: number; width: number; height: number }> {
    const layout = this.layout
    if (!layout) return []
    const origin = this.host.getBoundingClientRect()
    return layout.cards.map((c) => {
      const p = toScreen(this.camera, c.rect)
      return {
        id: c.cardId,
        text: c.card.text,
        stageId: c.stageId,
        laneId: c.laneId,
        x: origin.left + p.x,
        y: origin.top + p.y,
        width: c.rect.width * this.camera.scale,
        height: c.rect.height * this.camera.scale,
      }
    })
  }

  /** Page-px positions of board points (test hook: emotion faces, cells, headers). */
  screenPoint(world: Point): Point {
    const origin = this.host.getBoundingClientRect()
    const p = toScreen(this.camera, world)
    return { x: origin.left + p.x, y: origin.top + p.y }
  }

  // ------------------------------------------------------------ commands

  private apply(command: Command, label: string, coalesceKey?: string): boolean {
    try {
      useDocument.getState().apply(command, label, coalesceKey)
      return true
    } catch (error) {
      console.error('board command failed', error)
      return false
    }
  }

  private applyCreating(command: CreatingCommand, label: string): void {
    if (this.apply(command, label)) useBoard.getState().selectCards(command.createdIds)
  }

  deleteSelection(): void {
    const ids = useBoard.getState().selectedCardIds
    if (!this.map || ids.length === 0) return
    this.apply(deleteCards(this.map.id, ids), i18next.t('board.undo.delete'))
    useBoard.getState().clearSelection()
  }

  duplicateSelection(): void {
    const ids = useBoard.getState().selectedCardIds
    if (!this.map || ids.length === 0) return
    this.applyCreating(duplicateCards(this.map.id, ids), i18next.t('board.undo.duplicate'))
  }

  recolor(ids: readonly string[], color: NoteColor): void {
    if (this.map) this.apply(recolorCards(this.map.id, ids, color), i18next.t('board.undo.colour'))
  }

  selectAll(): void {
    if (this.map) useBoard.getState().selectCards(this.map.cards.map((c) => c.id))
  }

  /** Fills a clipboard event with the selection: our JSON under a custom type, plus plain text. */
  copyTo(data: DataTransfer, cut: boolean): boolean {
    const ids = useBoard.getState().selectedCardIds
    if (!this.map || ids.length === 0) return false
    const payload = copyCards(this.map, ids)
    data.setData(CLIPBOARD_MIME, JSON.stringify(payload))
    data.setData('text/plain', payload.cards.map((c) => c.text.replace(/\r?\n/g, ' ')).join('\n'))
    if (cut) {
      this.apply(deleteCards(this.map.id, ids), i18next.t('board.undo.cut'))
      useBoard.getState().clearSelection()
    }
    return true
  }

  /** Where a paste or a new note goes (shared/layout's insertionPoint). */
  private targetCell(): InsertionPoint | null {
    if (!this.layout) return null
    const board = useBoard.getState()
    return insertionPoint(this.layout, { cardIds: board.selectedCardIds, cell: board.selectedCell }, viewportRect(this.camera, this.size, 0))
  }

  pasteFrom(data: DataTransfer): boolean {
    if (!this.map) return false
    const target = this.targetCell()
    if (!target) return false
    const json = data.getData(CLIPBOARD_MIME)
    if (json) {
      try {
        this.applyCreating(pasteCards(this.map.id, JSON.parse(json), { stageId: target.stageId, laneId: target.laneId, index: target.index }), i18next.t('board.undo.paste'))
        return true
      } catch (error) {
        console.warn('clipboard content was not cards', error)
      }
    }
    const text = data.getData('text/plain')
    if (text.trim()) {
      this.applyCreating(addCardsFromText(this.map.id, { stageId: target.stageId, laneId: target.laneId }, text), i18next.t('board.undo.paste'))
      return true
    }
    return false
  }

  /** The toolbar's "Add note": a new note in the selected cell (or the first one in view), editor open. */
  addNoteHere(): void {
    const target = this.targetCell()
    if (!target) return
    this.openEditor({ kind: 'new', stageId: target.stageId, laneId: target.laneId })
  }

  addStageAt(index?: number): void {
    if (!this.map) return
    const id = newId('s')
    this.apply(addStage(this.map.id, { name: i18next.t('board.newStageName'), index, id }), i18next.t('board.undo.structure'))
    this.openEditor({ kind: 'stage', stageId: id })
  }

  addLaneAt(index?: number): void {
    if (!this.map) return
    const id = newId('l')
    this.apply(addLane(this.map.id, { kind: 'free', title: i18next.t('board.newLaneTitle'), index, id }), i18next.t('board.undo.structure'))
    this.openEditor({ kind: 'lane', laneId: id })
  }

  async deleteStageAsk(stageId: string): Promise<void> {
    const map = this.map
    const stage = map?.stages.find((s) => s.id === stageId)
    if (!map || !stage) return
    const count = map.cards.filter((c) => c.stageId === stageId).length
    if (count > 0) {
      const ok = await confirmDialog({
        title: i18next.t('board.confirmDeleteStageTitle'),
        message: i18next.t('board.confirmDeleteStage', { name: stage.name, count }),
        confirmLabel: i18next.t('board.deleteStage'),
        danger: true,
      })
      if (!ok) return
    }
    this.apply(deleteStage(map.id, stageId), i18next.t('board.undo.structure'))
  }

  async deleteLaneAsk(laneId: string): Promise<void> {
    const map = this.map
    const lane = map?.lanes.find((l) => l.id === laneId)
    if (!map || !lane) return
    const count = map.cards.filter((c) => c.laneId === laneId).length
    if (count > 0) {
      const ok = await confirmDialog({
        title: i18next.t('board.confirmDeleteLaneTitle'),
        message: i18next.t('board.confirmDeleteLane', { name: lane.title || i18next.t(`lanes.${lane.kind}`), count }),
        confirmLabel: i18next.t('board.deleteLane'),
        danger: true,
      })
      if (!ok) return
    }
    this.apply(deleteLane(map.id, laneId), i18next.t('board.undo.structure'))
  }

  deleteLink(linkId: string): void {
    if (this.map) this.apply(deleteLinks(this.map.id, [linkId]), i18next.t('board.undo.link'))
  }

  clearEmotion(pointId: string): void {
    if (this.map) this.apply(deleteEmotionPoint(this.map.id, pointId), i18next.t('board.undo.emotion'))
  }

  stageIndex(stageId: string): number {
    return this.map?.stages.findIndex((s) => s.id === stageId) ?? -1
  }

  laneIndex(laneId: string): number {
    return this.map?.lanes.findIndex((l) => l.id === laneId) ?? -1
  }

  // ------------------------------------------------------------ in-place editors

  isEditing(): boolean {
    return this.editing !== null
  }

  editCard(cardId: string): void {
    this.openEditor({ kind: 'card', cardId })
  }

  renameStage(stageId: string): void {
    this.openEditor({ kind: 'stage', stageId })
  }

  renameLane(laneId: string): void {
    this.openEditor({ kind: 'lane', laneId })
  }

  private editorRect(target: EditorTarget): Rect | null {
    const layout = this.layout
    if (!layout) return null
    switch (target.kind) {
      case 'card':
        return layout.cardsById.get(target.cardId)?.rect ?? null
      case 'new': {
        const cell = layout.cellsByKey.get(cellKey(target.stageId, target.laneId))
        if (!cell) return null
        const after = target.afterCardId ? cell.cardIds.indexOf(target.afterCardId) : -1
        const index = after >= 0 ? after + 1 : cell.cardIds.length
        return slotRect(cell.rect, cell.flow, index, layout.direction === 'rtl')
      }
      case 'stage':
        return layout.stages.find((s) => s.stageId === target.stageId)?.name ?? null
      case 'lane': {
        const lane = layout.lanes.find((l) => l.laneId === target.laneId)
        return lane ? { x: lane.header.x + 12, y: lane.header.y + 42, width: lane.header.width - 24, height: 30 } : null
      }
      case 'emotion': {
        for (const curve of layout.emotionCurves) {
          const p = curve.points.find((x) => x.point.id === target.pointId)
          if (p) return { x: p.x - 110, y: p.y + faceRadius(this.camera.scale).draw + 4, width: 220, height: 30 }
        }
        return null
      }
    }
  }

  private openEditor(target: EditorTarget, initial?: string): void {
    if (this.editing) this.commitEditor(false)
    const map = this.map
    if (!map) return
    this.editing = target
    this.events.contextMenu(null)
    if (target.kind === 'card' || target.kind === 'new') {
      const card = target.kind === 'card' ? map.cards.find((c) => c.id === target.cardId) : undefined
      if (target.kind === 'card' && !card) {
        this.editing = null
        return
      }
      const board = useBoard.getState()
      if (target.kind === 'card') {
        board.selectCards([target.cardId])
        board.setEditing(target.cardId)
      } else board.selectCell({ stageId: target.stageId, laneId: target.laneId })
      this.editor.value = initial ?? card?.text ?? ''
      this.editor.style.background = NOTE_PAPER[card?.color ?? 'yellow']
      this.editor.setAttribute('aria-label', i18next.t('board.editNote'))
      this.editor.hidden = false
      const rect = this.editorRect(target)
      if (rect) this.reveal(rect)
      this.positionEditor()
      this.editor.focus()
      const end = this.editor.value.length
      this.editor.setSelectionRange(end, end)
    } else {
      const value =
        target.kind === 'stage'
          ? (map.stages.find((s) => s.id === target.stageId)?.name ?? '')
          : target.kind === 'lane'
            ? (map.lanes.find((l) => l.id === target.laneId)?.title ?? '')
            : (map.emotionPoints.find((p) => p.id === target.pointId)?.reason ?? '')
      this.headerInput.value = value
      this.headerInput.setAttribute('aria-label', i18next.t(target.kind === 'stage' ? 'board.renameStage' : target.kind === 'lane' ? 'board.renameLane' : 'board.emotionReason'))
      this.headerInput.placeholder = target.kind === 'emotion' ? i18next.t('board.emotionReason') : ''
      this.headerInput.hidden = false
      const rect = this.editorRect(target)
      if (rect) this.reveal(rect)
      this.positionEditor()
      this.headerInput.focus()
      this.headerInput.select()
    }
    this.overlayLayer.batchDraw()
  }

  /** Keeps the DOM editor exactly over its note under the camera transform. */
  private positionEditor(): void {
    const target = this.editing
    if (!target) return
    const rect = this.editorRect(target)
    const el = target.kind === 'card' || target.kind === 'new' ? this.editor : this.headerInput
    if (!rect) return
    const p = toScreen(this.camera, rect)
    el.style.left = '0px'
    el.style.top = '0px'
    el.style.width = `${rect.width}px`
    el.style.height = `${rect.height}px`
    el.style.transform = `translate(${p.x}px, ${p.y}px) scale(${this.camera.scale})`
    if (el === this.editor) {
      el.style.padding = `${NOTE_TEXT.padding}px`
      el.style.font = cssFont(NOTE_TEXT.size, 400, false)
      el.style.lineHeight = `${NOTE_TEXT.lineHeight}px`
    }
  }

  /** Commits the open editor. Returns the target it closed. */
  private commitEditor(keepCapturing: boolean): EditorTarget | null {
    const target = this.editing
    const map = this.map
    if (!target || !map) return null
    this.editing = null
    const board = useBoard.getState()
    if (target.kind === 'card' || target.kind === 'new') {
      const text = this.editor.value
      this.editor.hidden = true
      board.setEditing(null)
      if (target.kind === 'card') {
        const card = map.cards.find((c) => c.id === target.cardId)
        if (card && card.text !== text) this.apply(editCardText(map.id, target.cardId, text), i18next.t('board.undo.edit'))
      } else if (text.trim()) {
        const command = addCard(map.id, { stageId: target.stageId, laneId: target.laneId, text: text.replace(/\s+$/u, ''), afterCardId: target.afterCardId })
        if (this.apply(command, i18next.t('board.undo.add'))) {
          if (keepCapturing) this.openEditor({ kind: 'new', stageId: target.stageId, laneId: target.laneId, afterCardId: command.createdIds[0] })
          else board.selectCards(command.createdIds)
          return target
        }
      }
      if (!keepCapturing && target.kind === 'new') board.selectCell({ stageId: target.stageId, laneId: target.laneId })
    } else {
      const value = this.headerInput.value.trim()
      this.headerInput.hidden = true
      if (target.kind === 'emotion') {
        this.apply(setEmotionPoint(map.id, { stageId: target.stageId, cardId: target.cardId }, { reason: value }), i18next.t('board.undo.emotion'))
      } else if (value) {
        if (target.kind === 'stage') this.apply(renameStage(map.id, target.stageId, value), i18next.t('board.undo.structure'))
        else this.apply(renameLane(map.id, target.laneId, value), i18next.t('board.undo.structure'))
      }
    }
    this.overlayLayer.batchDraw()
    return target
  }

  private cancelHeaderEditor(): void {
    this.editing = null
    this.headerInput.hidden = true
    this.container.focus()
  }

  // ------------------------------------------------------------ input

  private screenPos(e: { clientX: number; clientY: number }): Point {
    const r = this.host.getBoundingClientRect()
    return { x: e.clientX - r.left, y: e.clientY - r.top }
  }

  private wireDom(): void {
    const el = this.container
    el.addEventListener('pointerdown', (e) => this.onPointerDown(e))
    el.addEventListener('pointermove', (e) => this.onPointerMove(e))
    el.addEventListener('pointerup', (e) => this.onPointerUp(e))
    el.addEventListener('pointercancel', (e) => this.onPointerUp(e, true))
    el.addEventListener('wheel', (e) => this.onWheel(e), { passive: false })
    el.addEventListener('contextmenu', (e) => {
      e.preventDefault()
      // Touch long-press is handled by our own timer (the browser's contextmenu comes too late or not at all).
      if (this.pointers.size > 0 && [...this.pointers.values()].some((p) => p.type === 'touch')) return
      this.openContextMenu(this.screenPos(e))
    })
    el.addEventListener('keydown', (e) => this.onKeyDown(e))
    // Zoom shortcuts work wherever focus is, except inside a text field (where Ctrl+- etc. mean nothing to us).
    const onWindowKey = (e: KeyboardEvent) => {
      if (e.target === this.container || !(e.ctrlKey || e.metaKey) || e.altKey) return
      const t = e.target
      if (t instanceof HTMLElement && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return
      if (this.zoomKey(e.key)) e.preventDefault()
    }
    window.addEventListener('keydown', onWindowKey)
    this.unsubs.push(() => window.removeEventListener('keydown', onWindowKey))
    el.addEventListener('keyup', (e) => {
      if (e.key === ' ') this.spaceDown = false
    })
    el.addEventListener('pointerleave', () => {
      if (this.hoverCard) {
        this.hoverCard = null
        this.overlayLayer.batchDraw()
      }
    })

    this.editor.addEventListener('keydown', (e) => {
      e.stopPropagation()
      if (e.key === 'Enter' && !e.shiftKey && !e.isComposing && e.keyCode !== 229) {
        e.preventDefault()
        const target = this.editing
        const capture = target?.kind === 'new' || (target?.kind === 'card' && false)
        this.commitEditor(capture)
        if (!this.editing) this.container.focus()
      } else if (e.key === 'Escape' && !e.isComposing) {
        e.preventDefault()
        // Escape ends quick capture; what was typed is kept (nothing typed in a workshop is lost).
        this.commitEditor(false)
        this.container.focus()
      } else if (e.key === 'Tab') {
        e.preventDefault()
        this.commitEditor(false)
        this.container.focus()
      }
    })
    this.editor.addEventListener('blur', () => {
      if (this.editing && (this.editing.kind === 'card' || this.editing.kind === 'new')) this.commitEditor(false)
    })
    this.headerInput.addEventListener('keydown', (e) => {
      e.stopPropagation()
      if (e.key === 'Enter' && !e.isComposing) {
        e.preventDefault()
        this.commitEditor(false)
        this.container.focus()
      } else if (e.key === 'Escape') {
        e.preventDefault()
        this.cancelHeaderEditor()
      }
    })
    this.headerInput.addEventListener('blur', () => {
      if (this.editing && (this.editing.kind === 'stage' || this.editing.kind === 'lane' || this.editing.kind === 'emotion')) this.commitEditor(false)
    })
  }

  private onWheel(e: WheelEvent): void {
    e.preventDefault()
    const at = this.screenPos(e)
    const unit = e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? this.size.height : 1
    if (e.ctrlKey || e.metaKey) {
      // Trackpad pinch arrives as a wheel with ctrlKey and small deltas; a mouse wheel with larger steps.
      const factor = Math.exp((-e.deltaY * unit) / 300)
      this.setCamera(zoomAround(this.camera, this.camera.scale * factor, at))
    } else {
      const dx = e.shiftKey && e.deltaX === 0 ? e.deltaY : e.deltaX
      const dy = e.shiftKey && e.deltaX === 0 ? 0 : e.deltaY
      this.setCamera({ ...this.camera, x: this.camera.x + (dx * unit) / this.camera.scale, y: this.camera.y + (dy * unit) / this.camera.scale })
    }
  }

  /** What is under a board point, in priority order (shared/layout's hit test). */
  private hitAt(world: Point): BoardHit {
    const layout = this.layout
    if (!layout || !this.map) return { kind: 'none' }
    return hitTestBoard(layout, this.map, world, { scale: this.camera.scale, handleCardId: this.handleCardId() })
  }

  /** The note whose arrow handle shows: the single selected note, while nothing is edited or dragged. */
  private handleCardId(): string | null {
    const ids = useBoard.getState().selectedCardIds
    return ids.length === 1 && !this.editing && !this.dragRects ? ids[0]! : null
  }

  private onPointerDown(e: PointerEvent): void {
    const pos = this.screenPos(e)
    // Palm rejection: while a pen is down, touches are ignored.
    if (e.pointerType === 'touch' && this.penDown) return
    if (e.pointerType === 'pen') this.penDown = true
    this.events.contextMenu(null)
    if (this.editing) this.commitEditor(false)
    this.container.focus({ preventScroll: true })
    const world = toWorld(this.camera, pos)
    const hit = this.hitAt(world)
    this.pointers.set(e.pointerId, { type: e.pointerType, start: pos, onCard: hit.kind === 'card' || hit.kind === 'emotion' || hit.kind === 'link-handle', pos })
    try {
      this.container.setPointerCapture(e.pointerId)
    } catch {
      /* synthetic pointers cannot be captured */
    }

    if (e.pointerType === 'touch') {
      const touches = [...this.pointers.entries()].filter(([, p]) => p.type === 'touch')
      if (touches.length === 2) {
        clearTimeout(this.longPressTimer)
        // Pinch only when both fingers landed on empty board: two people dragging two notes must not zoom.
        if (touches.every(([, p]) => !p.onCard) && (this.gesture.kind === 'press-empty' || this.gesture.kind === 'pan' || this.gesture.kind === 'none')) {
          const [a, b] = touches as unknown as [[number, { pos: Point }], [number, { pos: Point }]]
          const mid = { x: (a[1].pos.x + b[1].pos.x) / 2, y: (a[1].pos.y + b[1].pos.y) / 2 }
          this.gesture = { kind: 'pinch', ids: [a[0], b[0]], startDist: Math.max(1, dist(a[1].pos, b[1].pos)), startCam: { ...this.camera }, startMid: mid, worldMid: toWorld(this.camera, mid) }
        }
        return
      }
      if (touches.length > 2) return
      this.longPressTimer = window.setTimeout(() => {
        const p = this.pointers.get(e.pointerId)
        if (!p || dist(p.pos, p.start) > 10) return
        this.gesture = { kind: 'none' }
        this.dragRects = null
        this.openContextMenu(p.pos)
      }, LONG_PRESS_MS)
    }
    if (this.gesture.kind !== 'none' && this.gesture.kind !== 'pinch') return
    if (this.gesture.kind === 'pinch') return

    if (e.button === 1 || (e.button === 0 && this.spaceDown)) {
      e.preventDefault()
      this.gesture = { kind: 'pan', pointerId: e.pointerId, last: pos }
      this.container.style.cursor = 'grabbing'
      return
    }
    if (e.button !== 0) return
    const board = useBoard.getState()
    const multi = e.shiftKey || e.ctrlKey || e.metaKey
    switch (hit.kind) {
      case 'link-handle':
        this.gesture = { kind: 'link', pointerId: e.pointerId, fromCardId: hit.cardId, to: world }
        break
      case 'emotion':
        this.gesture = { kind: 'emotion', pointerId: e.pointerId, pointId: hit.pointId, laneId: hit.laneId, stageId: hit.stageId, cardId: hit.cardId, score: hit.score, moved: false }
        break
      case 'card': {
        const id = hit.laid.cardId
        let toggled = false
        if (multi) {
          const has = board.selectedCardIds.includes(id)
          board.selectCards(has ? board.selectedCardIds.filter((x) => x !== id) : [...board.selectedCardIds, id])
          toggled = true
        } else if (!board.selectedCardIds.includes(id)) board.selectCards([id])
        this.gesture = { kind: 'press-card', pointerId: e.pointerId, start: pos, startWorld: world, cardId: id, toggled }
        break
      }
      case 'stage-edge': {
        const s = this.layout!.stages.find((c) => c.stageId === hit.stageId)!
        this.gesture = { kind: 'resize', pointerId: e.pointerId, axis: 'stage', id: hit.stageId, size: s.width }
        break
      }
      case 'lane-edge': {
        const l = this.layout!.lanes.find((c) => c.laneId === hit.laneId)!
        this.gesture = { kind: 'resize', pointerId: e.pointerId, axis: 'lane', id: hit.laneId, size: l.height }
        break
      }
      case 'stage':
        this.gesture = { kind: 'press-header', pointerId: e.pointerId, start: pos, axis: 'stage', id: hit.stageId }
        break
      case 'lane':
        this.gesture = { kind: 'press-header', pointerId: e.pointerId, start: pos, axis: 'lane', id: hit.laneId }
        break
      case 'add-stage':
      case 'add-lane':
        // Acted on at release, like a button (a press also moves focus, which would close the name editor it opens).
        this.gesture = { kind: 'press-button', pointerId: e.pointerId, which: hit.kind }
        break
      case 'cell':
      case 'none':
        if (hit.kind === 'cell' && !multi) board.selectCell({ stageId: hit.hit.stageId, laneId: hit.hit.laneId })
        else if (!multi) board.clearSelection()
        this.gesture = { kind: 'press-empty', pointerId: e.pointerId, start: pos, startWorld: world, touch: e.pointerType === 'touch' }
        break
    }
  }

  private onPointerMove(e: PointerEvent): void {
    const pos = this.screenPos(e)
    const p = this.pointers.get(e.pointerId)
    if (p) p.pos = pos
    const g = this.gesture
    const world = toWorld(this.camera, pos)
    if (g.kind === 'none') {
      if (e.pointerType === 'mouse' && this.layout) {
        const card = cardAtPoint(this.layout, world)?.cardId ?? null
        if (card !== this.hoverCard) {
          this.hoverCard = card
          this.overlayLayer.batchDraw()
        }
        const hit = this.hitAt(world)
        this.container.style.cursor =
          hit.kind === 'stage-edge' ? 'ew-resize' : hit.kind === 'lane-edge' ? 'ns-resize' : hit.kind === 'emotion' ? 'ns-resize' : hit.kind === 'link-handle' ? 'crosshair' : hit.kind === 'card' ? 'grab' : hit.kind === 'add-stage' || hit.kind === 'add-lane' ? 'pointer' : this.spaceDown ? 'grab' : 'default'
      }
      return
    }
    if (g.kind === 'pinch') {
      const a = this.pointers.get(g.ids[0])
      const b = this.pointers.get(g.ids[1])
      if (!a || !b) return
      const mid = { x: (a.pos.x + b.pos.x) / 2, y: (a.pos.y + b.pos.y) / 2 }
      const scale = clampScale(g.startCam.scale * (dist(a.pos, b.pos) / g.startDist))
      this.setCamera({ scale, x: g.worldMid.x - mid.x / scale, y: g.worldMid.y - mid.y / scale })
      return
    }
    if ('pointerId' in g && g.pointerId !== e.pointerId) return
    switch (g.kind) {
      case 'pan': {
        const dx = pos.x - g.last.x
        const dy = pos.y - g.last.y
        g.last = pos
        this.setCamera({ ...this.camera, x: this.camera.x - dx / this.camera.scale, y: this.camera.y - dy / this.camera.scale })
        break
      }
      case 'press-empty':
        if (dist(pos, g.start) < DRAG_THRESHOLD) return
        clearTimeout(this.longPressTimer)
        if (g.touch) {
          // One finger on empty board pans, as on any touch canvas.
          this.gesture = { kind: 'pan', pointerId: g.pointerId, last: pos }
        } else {
          const additive = e.shiftKey || e.ctrlKey || e.metaKey ? [...useBoard.getState().selectedCardIds] : []
          this.gesture = { kind: 'marquee', pointerId: g.pointerId, startWorld: g.startWorld, rect: { x: g.startWorld.x, y: g.startWorld.y, width: 0, height: 0 }, additive }
        }
        break
      case 'marquee': {
        g.rect = { x: g.startWorld.x, y: g.startWorld.y, width: world.x - g.startWorld.x, height: world.y - g.startWorld.y }
        const ids = cardsInRect(this.layout!, g.rect).map((c) => c.cardId)
        useBoard.getState().selectCards([...new Set([...g.additive, ...ids])])
        this.overlayLayer.batchDraw()
        break
      }
      case 'press-card':
        if (dist(pos, g.start) < DRAG_THRESHOLD) return
        clearTimeout(this.longPressTimer)
        this.startCardDrag(g.pointerId, g.startWorld)
        this.onPointerMove(e)
        break
      case 'drag-cards':
        this.moveCardDrag(g, world)
        break
      case 'emotion': {
        const curve = this.layout!.emotionCurves.find((c) => c.laneId === g.laneId)
        if (!curve) return
        g.score = snapScore(scoreFromY(curve.area, world.y))
        g.moved = true
        const ghost = isPlaceholderId(g.pointId) ? emotionPlaceholders(this.layout!, this.map!).find((p) => p.id === g.pointId && p.laneId === g.laneId) : undefined
        this.emotionDrag = { pointId: g.pointId, laneId: g.laneId, score: g.score, placeholder: ghost ? { stageId: ghost.stageId, x: ghost.x } : undefined }
        this.overlayLayer.batchDraw()
        break
      }
      case 'link':
        g.to = world
        this.overlayLayer.batchDraw()
        break
      case 'press-header':
        if (dist(pos, g.start) < DRAG_THRESHOLD * 2) return
        clearTimeout(this.longPressTimer)
        this.gesture = { kind: 'reorder', pointerId: g.pointerId, axis: g.axis, id: g.id, toIndex: -1 }
        this.onPointerMove(e)
        break
      case 'reorder':
        this.moveReorder(g, world)
        break
      case 'resize':
        this.moveResize(g, world)
        break
    }
  }

  private onPointerUp(e: PointerEvent, cancelled = false): void {
    const pos = this.screenPos(e)
    const pointer = this.pointers.get(e.pointerId)
    this.pointers.delete(e.pointerId)
    if (e.pointerType === 'pen') this.penDown = false
    clearTimeout(this.longPressTimer)
    const g = this.gesture
    if (g.kind === 'pinch') {
      if (g.ids.includes(e.pointerId)) this.gesture = { kind: 'none' }
      return
    }
    if ('pointerId' in g && g.pointerId !== e.pointerId) return
    this.gesture = { kind: 'none' }
    this.container.style.cursor = ''
    const map = this.map
    const layout = this.layout
    if (!map || !layout) return
    const world = toWorld(this.camera, pos)
    switch (g.kind) {
      case 'drag-cards':
        this.endCardDrag(g, cancelled)
        break
      case 'press-card':
        if (!g.toggled && !(e.shiftKey || e.ctrlKey || e.metaKey)) useBoard.getState().selectCards([g.cardId])
        break
      case 'emotion':
        this.emotionDrag = null
        if (g.moved && !cancelled) this.apply(setEmotionPoint(map.id, { stageId: g.stageId, cardId: g.cardId }, { score: g.score }), i18next.t('board.undo.emotion'))
        this.overlayLayer.batchDraw()
        break
      case 'link': {
        const target = cardAtPoint(layout, world)
        if (!cancelled && target && target.cardId !== g.fromCardId) {
          this.apply(addLink(map.id, { fromCardId: g.fromCardId, toCardId: target.cardId }), i18next.t('board.undo.link'))
        }
        this.overlayLayer.batchDraw()
        break
      }
      case 'marquee':
        this.overlayLayer.batchDraw()
        break
      case 'press-button': {
        const hit = this.hitAt(world)
        if (!cancelled && hit.kind === g.which) {
          if (g.which === 'add-stage') this.addStageAt()
          else this.addLaneAt()
        }
        break
      }
      case 'reorder':
        this.headerDrop = null
        if (!cancelled && g.toIndex >= 0) {
          if (g.axis === 'stage') this.apply(moveStage(map.id, g.id, g.toIndex), i18next.t('board.undo.structure'))
          else this.apply(moveLane(map.id, g.id, g.toIndex), i18next.t('board.undo.structure'))
        }
        this.overlayLayer.batchDraw()
        break
      case 'resize':
        this.guides = []
        if (!cancelled) {
          if (g.axis === 'stage') this.apply(resizeStage(map.id, g.id, g.size), i18next.t('board.undo.structure'))
          else this.apply(resizeLane(map.id, g.id, g.size), i18next.t('board.undo.structure'))
        }
        this.bgLayer.batchDraw()
        break
      default:
        break
    }
    // Double-click / double-tap, recognised the same way for mouse, pen and touch.
    if (!cancelled && pointer && dist(pos, pointer.start) < DRAG_THRESHOLD && (g.kind === 'press-card' || g.kind === 'press-empty' || g.kind === 'press-header' || (g.kind === 'emotion' && !g.moved))) {
      const now = performance.now()
      const last = this.lastTap
      if (last && now - last.time < 450 && dist(last.pos, pos) < 12) {
        this.lastTap = null
        this.onDoubleTap(world)
      } else this.lastTap = { time: now, pos }
    }
  }

  private onDoubleTap(world: Point): void {
    const hit = this.hitAt(world)
    switch (hit.kind) {
      case 'emotion':
        if (!hit.placeholder) this.openEditor({ kind: 'emotion', pointId: hit.pointId, stageId: hit.stageId, cardId: hit.cardId })
        break
      case 'card':
        this.openEditor({ kind: 'card', cardId: hit.laid.cardId })
        break
      case 'cell': {
        const lane = this.layout?.lanes.find((l) => l.laneId === hit.hit.laneId)
        if (lane?.kind === 'emotions') break
        this.openEditor({ kind: 'new', stageId: hit.hit.stageId, laneId: hit.hit.laneId })
        break
      }
      case 'stage':
        this.openEditor({ kind: 'stage', stageId: hit.stageId })
        break
      case 'lane':
        this.openEditor({ kind: 'lane', laneId: hit.laneId })
        break
      default:
        break
    }
  }

  // ------------------------------------------------------------ card drag (drag layer)

  private startCardDrag(pointerId: number, startWorld: Point): void {
    const layout = this.layout!
    const ids = useBoard.getState().selectedCardIds.filter((id) => layout.cardsById.has(id))
    if (ids.length === 0) return
    this.dragRects = new Map(ids.map((id) => [id, { ...layout.cardsById.get(id)!.rect }]))
    for (const id of ids) {
      let m = this.mounted.get(id)
      if (!m && this.cardCtx) {
        const laid = layout.cardsById.get(id)!
        const ratio = cacheRatio(this.camera.scale)
        const group = buildCardNode(laid.card, laid.rect, this.cardCtx, ratio)
        m = { group, card: laid.card, rect: laid.rect, ratio }
        this.mounted.set(id, m)
      }
      m?.group.moveTo(this.dragLayer)
      m?.group.opacity(0.92)
    }
    this.dragLayer.visible(true)
    this.gesture = { kind: 'drag-cards', pointerId, startWorld, ids, hit: null }
    this.container.style.cursor = 'grabbing'
    this.cardLayer.batchDraw()
  }

  private moveCardDrag(g: Extract<Gesture, { kind: 'drag-cards' }>, world: Point): void {
    const layout = this.layout!
    const dx = world.x - g.startWorld.x
    const dy = world.y - g.startWorld.y
    for (const id of g.ids) {
      const base = layout.cardsById.get(id)!.rect
      const rect = { ...base, x: base.x + dx, y: base.y + dy }
      this.dragRects!.set(id, rect)
      const node = this.mounted.get(id)?.group
      if (node) placeCardNode(node, rect.x, rect.y)
    }
    const drop = dropTarget(layout, world)
    g.hit = drop?.hit ?? null
    this.dropRect = drop?.indicator ?? null
    // Dragging near an edge scrolls the board.
    this.autoScroll(world)
    this.dragLayer.batchDraw()
    this.overlayLayer.batchDraw()
  }

  private autoScroll(world: Point): void {
    const p = toScreen(this.camera, world)
    const edge = 30
    let dx = 0
    let dy = 0
    if (p.x < edge) dx = -10
    else if (p.x > this.size.width - edge) dx = 10
    if (p.y < edge) dy = -10
    else if (p.y > this.size.height - edge) dy = 10
    if (dx || dy) this.setCamera({ ...this.camera, x: this.camera.x + dx / this.camera.scale, y: this.camera.y + dy / this.camera.scale })
  }

  private endCardDrag(g: Extract<Gesture, { kind: 'drag-cards' }>, cancelled: boolean): void {
    for (const id of g.ids) {
      const m = this.mounted.get(id)
      if (!m) continue
      m.group.moveTo(this.cardLayer)
      this.shownIds.add(id)
      m.group.opacity(1)
      placeCardNode(m.group, m.rect.x, m.rect.y)
    }
    this.dragRects = null
    this.dropRect = null
    this.dragLayer.visible(false)
    if (!cancelled && g.hit && this.map) {
      this.apply(moveCards(this.map.id, g.ids, { stageId: g.hit.stageId, laneId: g.hit.laneId, index: g.hit.index }), i18next.t('board.undo.move'))
    }
    this.stage.batchDraw()
  }

  // ------------------------------------------------------------ header reorder / resize

  private moveReorder(g: Extract<Gesture, { kind: 'reorder' }>, world: Point): void {
    const target = reorderTarget(this.layout!, g.axis, g.id, world, 6 / this.camera.scale)
    g.toIndex = target?.toIndex ?? -1
    this.headerDrop = target?.indicator ?? null
    this.overlayLayer.batchDraw()
  }

  private moveResize(g: Extract<Gesture, { kind: 'resize' }>, world: Point): void {
    const target = resizeTarget(this.layout!, g.axis, g.id, world)
    if (target) {
      g.size = target.size
      this.guides = [target.guide]
    }
    this.bgLayer.batchDraw()
  }

  // ------------------------------------------------------------ context menu

  private openContextMenu(screen: Point): void {
    const layout = this.layout
    if (!layout) return
    const world = toWorld(this.camera, screen)
    const origin = this.host.getBoundingClientRect()
    const at = { x: origin.left + screen.x, y: origin.top + screen.y }
    const hit = this.hitAt(world)
    const board = useBoard.getState()
    let target: ContextTarget | null = null
    switch (hit.kind) {
      case 'card': {
        const id = hit.laid.cardId
        if (!board.selectedCardIds.includes(id)) board.selectCards([id])
        target = { kind: 'card', cardIds: [...useBoard.getState().selectedCardIds] }
        break
      }
      case 'emotion':
        if (!hit.placeholder) target = { kind: 'emotion', pointId: hit.pointId }
        break
      case 'stage':
      case 'stage-edge':
        target = { kind: 'stage', stageId: hit.stageId }
        break
      case 'lane':
      case 'lane-edge':
        target = { kind: 'lane', laneId: hit.laneId }
        break
      case 'cell': {
        const link = linkAtPoint(layout, world, this.camera.scale)
        if (link) target = { kind: 'link', linkId: link.linkId }
        else {
          board.selectCell({ stageId: hit.hit.stageId, laneId: hit.hit.laneId })
          target = { kind: 'cell', cell: { stageId: hit.hit.stageId, laneId: hit.hit.laneId }, index: hit.hit.index }
        }
        break
      }
      default:
        break
    }
    this.events.contextMenu(target ? { ...at, target } : null)
  }

  // ------------------------------------------------------------ keyboard

  private onKeyDown(e: KeyboardEvent): void {
    if (e.target !== this.container) return
    const board = useBoard.getState()
    const mod = e.ctrlKey || e.metaKey
    const layout = this.layout
    if (!layout || !this.map) return
    if (e.key === ' ' && !mod) {
      this.spaceDown = true
      e.preventDefault()
      return
    }
    if (mod && !e.altKey) {
      const key = e.key.toLowerCase()
      if (this.zoomKey(key)) {
        /* zoomed */
      } else if (key === 'd') this.duplicateSelection()
      else if (key === 'a') this.selectAll()
      else return
      e.preventDefault()
      return
    }
    if (e.altKey) return
    const arrows: Record<string, 'left' | 'right' | 'up' | 'down'> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' }
    const dir = arrows[e.key]
    if (dir) {
      e.preventDefault()
      this.moveSelection(dir)
      return
    }
    if (e.key === 'Delete' || e.key === 'Backspace') {
      if (board.selectedCardIds.length > 0) {
        e.preventDefault()
        this.deleteSelection()
      }
      return
    }
    if (e.key === 'Escape') {
      board.clearSelection()
      this.events.contextMenu(null)
      return
    }
    if (e.key === 'Enter' || e.key === 'F2') {
      e.preventDefault()
      if (board.selectedCardIds.length === 1) this.openEditor({ kind: 'card', cardId: board.selectedCardIds[0]! })
      else if (board.selectedCell) this.openEditor({ kind: 'new', ...board.selectedCell })
      return
    }
    if (e.key === 'ContextMenu' || (e.shiftKey && e.key === 'F10')) {
      e.preventDefault()
      const id = board.selectedCardIds[0]
      const rect = id ? layout.cardsById.get(id)?.rect : undefined
      if (rect) this.openContextMenu(toScreen(this.camera, { x: rect.x + 10, y: rect.y + 10 }))
      return
    }
    // Quick capture: typing on a selected cell starts a new note. The editor takes focus during this
    // keydown, so the character (or the IME composition it starts) lands in the editor itself.
    if (board.selectedCell && (e.key.length === 1 || e.key === 'Process' || e.key === 'Unidentified')) {
      const lane = layout.lanes.find((l) => l.laneId === board.selectedCell!.laneId)
      if (lane?.kind === 'emotions') return
      this.openEditor({ kind: 'new', ...board.selectedCell }, '')
      return
    }
    if (board.selectedCardIds.length === 1 && e.key.length === 1) {
      // Typing on a selected note edits it, appending (never silently replacing what the room wrote).
      this.openEditor({ kind: 'card', cardId: board.selectedCardIds[0]! })
    }
  }

  /** Ctrl/Cmd + = − 0 1 2: zoom in, out, 100 %, fit, selection. */
  private zoomKey(rawKey: string): boolean {
    const key = rawKey.toLowerCase()
    if (key === '=' || key === '+') this.zoomIn()
    else if (key === '-' || key === '_') this.zoomOut()
    else if (key === '0') this.zoomReset()
    else if (key === '1') this.zoomToFit()
    else if (key === '2') this.zoomToSelection()
    else return false
    return true
  }

  /** Arrow keys: between notes (nearest on screen that way), or between cells when a cell is selected. */
  private moveSelection(dir: 'left' | 'right' | 'up' | 'down'): void {
    const layout = this.layout!
    const board = useBoard.getState()
    const current = board.selectedCardIds[board.selectedCardIds.length - 1]
    if (current) {
      const next = neighbourCard(layout, current, dir)
      if (next) {
        board.selectCards([next.cardId])
        this.reveal(next.rect)
      }
      return
    }
    const cell = board.selectedCell
    if (!cell) {
      const first = layout.cards[0]
      if (first) {
        board.selectCards([first.cardId])
        this.reveal(first.rect)
      } else if (layout.cells[0]) board.selectCell({ stageId: layout.cells[0].stageId, laneId: layout.cells[0].laneId })
      return
    }
    const next = neighbourCell(layout, cell, dir)
    if (next) {
      board.selectCell({ stageId: next.stageId, laneId: next.laneId })
      this.reveal(next.rect)
    }
  }
}

function dist(a: Point, b: Point): number {
  return Math.hypot(a.x - b.x, a.y - b.y)
}
