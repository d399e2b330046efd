/**
 * The notes on the board: one bitmap node per visible note (note-bitmaps.ts).
 *
 * Culling: only notes in view (plus a margin) are in the card layer's tree;
 * built notes are kept (least recently shown dropped first) so a pan back
 * reuses their bitmaps; a changed note (a new card object: immer keeps
 * unchanged ones identical) is rebuilt. New notes are built within a time
 * budget per frame; what is left shows as a placeholder until the next
 * frames, so a fast pan or zoom never stalls. Bitmaps are painted at a few
 * fixed pixel ratios and re-painted sharper when a zoom settles. Below
 * OVERVIEW_SCALE notes are drawn as paper and text bars instead.
 */
import Konva from 'konva'
import { rectsIntersect, visibleCards, type CardLayout, type MapLayout, type Rect } from '../../../shared/layout'
import { NOTE_PAPER, type NoteContext } from '../../../shared/look'
import type { NoteColor } from '../../../shared/model'
import { viewportRect, type Camera, type Size } from '../camera/camera'
import { buildCardNode, cacheRatio, destroyCardNode, placeCardNode, repaintCard } from './note-bitmaps'

/** Below this zoom a note is a few pixels tall: drawn as its paper and text bars (see board-view.tsx). */
export const OVERVIEW_SCALE = 0.2
/** Cards within this fraction of a viewport beyond each edge stay in the tree, so a slow pan rarely builds on screen. */
const CULL_MARGIN = 0.1
/** Built (cached) notes kept for reuse beyond those in view. */
const MAX_NODES = 1500
/** Time budget per frame for building and caching notes that come into view. */
export const BUILD_BUDGET_MS = 4

/**
 * Runs `fn` with Konva's auto-draw off. The board draws explicitly (a synchronous draw per camera
 * change, batchDraw after edits); auto-draw would schedule a second draw of a layer in the next
 * frame whenever a node attribute changes (every culled, placed or re-painted note), doubling the
 * work of a pan frame. Scoped, not global: other Konva users rely on auto-draw.
 */
export function quietly<T>(fn: () => T): T {
  const was = Konva.autoDrawEnabled
  Konva.autoDrawEnabled = false
  try {
    return fn()
  } finally {
    Konva.autoDrawEnabled = was
  }
}

interface Mounted {
  node: Konva.Image
  card: CardLayout['card']
  rect: Rect
  ratio: number
}

export interface NoteLayerView {
  camera(): Camera
  viewport(): Size
  /** When the camera last moved (performance.now ms): the pump leaves those frames to setCamera. */
  lastCameraAt(): number
}

export class NoteLayer {
  /** Built notes by card id, least recently shown first. */
  private readonly mounted = new Map<string, Mounted>()
  /** The notes now in the card layer's tree. */
  private readonly shownIds = new Set<string>()
  private pending: CardLayout[] = []
  private pumpFrame = 0
  private lastZoomAt = 0
  private currentRatio = 1
  private lifted: ReadonlyMap<string, Rect> | null = null
  private layout: MapLayout | null = null
  private ctx: NoteContext | null = null
  readonly overview: Konva.Shape

  constructor(
    private readonly cardLayer: Konva.Layer,
    private readonly dragLayer: Konva.Layer,
    private readonly view: NoteLayerView,
  ) {
    this.overview = new Konva.Shape({ listening: false, visible: false, sceneFunc: (c) => this.drawOverview(c._context) })
    cardLayer.add(this.overview)
  }

  get shownCount(): number {
    return this.shownIds.size
  }

  isOverview(): boolean {
    return this.view.camera().scale < OVERVIEW_SCALE
  }

  /** New layout; a new note context (teams, channels, lanes or direction changed) repaints every note. */
  setScene(layout: MapLayout | null, ctx: NoteContext | null, contextChanged: boolean): void {
    this.layout = layout
    this.ctx = ctx
    if (contextChanged || !layout) this.clear()
  }

  clear(): void {
    for (const m of this.mounted.values()) destroyCardNode(m.node)
    this.mounted.clear()
    this.shownIds.clear()
    this.pending = []
  }

  destroy(): void {
    cancelAnimationFrame(this.pumpFrame)
    this.clear()
  }

  /** Brings the tree up to the camera: cull, re-place, queue builds; `budget` ms of building now. */
  refresh(budget: number): void {
    quietly(() => this.refreshNow(budget))
  }

  private hide(id: string): void {
    const m = this.mounted.get(id)
    if (m && !this.lifted?.has(id)) m.node.remove()
    this.shownIds.delete(id)
  }

  private refreshNow(budget: number): void {
    const layout = this.layout
    if (!layout || !this.ctx) return
    if (this.isOverview()) {
      for (const id of [...this.shownIds]) this.hide(id)
      this.pending = []
      this.overview.visible(true)
      return
    }
    const camera = this.view.camera()
    const wanted = visibleCards(layout, viewportRect(camera, this.view.viewport(), CULL_MARGIN))
    const wantedIds = new Set<string>()
    const toBuild: CardLayout[] = []
    for (const laid of wanted) {
      const id = laid.cardId
      wantedIds.add(id)
      let m = this.mounted.get(id)
      if (m && (m.card !== laid.card || m.rect.width !== laid.rect.width || m.rect.height !== laid.rect.height)) {
        destroyCardNode(m.node)
        this.mounted.delete(id)
        this.shownIds.delete(id)
        m = undefined
      }
      if (!m) {
        toBuild.push(laid)
        continue
      }
      if (m.rect.x !== laid.rect.x || m.rect.y !== laid.rect.y) {
        if (!this.lifted?.has(id)) placeCardNode(m.node, laid.rect.x, laid.rect.y)
        m.rect = laid.rect
      }
      if (!this.shownIds.has(id)) {
        this.cardLayer.add(m.node)
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
        destroyCardNode(m.node)
        this.mounted.delete(id)
      }
    }
    // Build what is on screen first, then the margin.
    const onScreen = viewportRect(camera, this.view.viewport(), 0)
    toBuild.sort((a, b) => Number(rectsIntersect(b.rect, onScreen)) - Number(rectsIntersect(a.rect, onScreen)))
    this.pending = toBuild
    this.buildPending(budget)
  }

  /** Builds (or re-paints at the current pixel ratio) pending notes within a time budget. */
  private buildPending(budget: number): void {
    quietly(() => this.buildPendingNow(budget))
  }

  private buildPendingNow(budget: number): void {
    const { ctx, layout } = this
    if (!ctx || !layout) return
    const started = performance.now()
    // New bitmaps are painted for the zoom shown now (small while zoomed out); a settled zoom evens them out.
    const ratio = cacheRatio(this.view.camera().scale)
    let done = 0
    while (done < this.pending.length) {
      if (done > 0 && performance.now() - started > budget) break
      const laid = this.pending[done++]!
      if (layout.cardsById.get(laid.cardId) !== laid) continue
      const existing = this.mounted.get(laid.cardId)
      if (existing) {
        if (existing.ratio !== ratio && existing.card === laid.card) {
          repaintCard(existing.node, laid.card, laid.rect, ctx, ratio)
          existing.ratio = ratio
        }
        continue
      }
      const node = buildCardNode(laid.card, laid.rect, ctx, ratio)
      this.cardLayer.add(node)
      this.mounted.set(laid.cardId, { node, card: laid.card, rect: laid.rect, ratio })
      this.shownIds.add(laid.cardId)
    }
    this.pending = done >= this.pending.length ? [] : this.pending.slice(done)
    this.overview.visible(this.pending.length > 0)
    if (this.pending.length > 0 && !this.pumpFrame) this.pumpFrame = requestAnimationFrame(this.pump)
  }

  /** Keeps building left-over notes on idle frames; skipped in frames where the camera already moved (and built). */
  private readonly pump = (): void => {
    this.pumpFrame = 0
    if (this.pending.length === 0) return
    // While the camera moves, the camera's own refresh builds within its budget; the pump fills in when it rests.
    if (performance.now() - this.view.lastCameraAt() < 60) {
      this.pumpFrame = requestAnimationFrame(this.pump)
      return
    }
    this.buildPending(BUILD_BUDGET_MS)
    this.cardLayer.draw()
  }

  /** A zoom started: bitmaps stay at their ratio until it settles. */
  zoomed(): void {
    this.lastZoomAt = performance.now()
  }

  /** The zoom settled: visible notes painted for another zoom are re-painted a budget at a time (the old bitmap shows meanwhile). */
  settle(): void {
    const ratio = cacheRatio(this.view.camera().scale)
    this.currentRatio = ratio
    const layout = this.layout
    if (!layout) return
    const stale = [...this.shownIds]
      .filter((id) => this.mounted.get(id)?.ratio !== ratio)
      .map((id) => layout.cardsById.get(id))
      .filter((l): l is CardLayout => !!l)
    if (stale.length === 0) return
    this.pending = [...stale, ...this.pending]
    this.buildPending(BUILD_BUDGET_MS)
    this.cardLayer.batchDraw()
  }

  /** Moves notes onto the drag layer (built now if they were not), so a drag frame redraws only them. */
  lift(ids: readonly string[], rects: ReadonlyMap<string, Rect>): void {
    const layout = this.layout
    if (!layout) return
    this.lifted = rects
    for (const id of ids) {
      let m = this.mounted.get(id)
      const laid = layout.cardsById.get(id)
      if (!m && this.ctx && laid) {
        const node = buildCardNode(laid.card, laid.rect, this.ctx, cacheRatio(this.view.camera().scale))
        m = { node, card: laid.card, rect: laid.rect, ratio: cacheRatio(this.view.camera().scale) }
        this.mounted.set(id, m)
      }
      m?.node.moveTo(this.dragLayer)
      m?.node.opacity(0.92)
    }
    this.dragLayer.visible(true)
    this.cardLayer.batchDraw()
  }

  moveLifted(rects: ReadonlyMap<string, Rect>): void {
    this.lifted = rects
    for (const [id, rect] of rects) {
      const node = this.mounted.get(id)?.node
      if (node) placeCardNode(node, rect.x, rect.y)
    }
    this.dragLayer.batchDraw()
  }

  /** Puts lifted notes back where the layout has them. */
  dropLifted(): void {
    const lifted = this.lifted
    this.lifted = null
    if (!lifted) return
    for (const id of lifted.keys()) {
      const m = this.mounted.get(id)
      if (!m) continue
      m.node.moveTo(this.cardLayer)
      this.shownIds.add(id)
      m.node.opacity(1)
      placeCardNode(m.node, m.rect.x, m.rect.y)
    }
    this.dragLayer.visible(false)
  }

  /** Overview level of detail: paper rectangles and grey text bars, one path per colour. Returns how many notes it drew. */
  private drawOverview(c: CanvasRenderingContext2D): number {
    const layout = this.layout
    if (!layout) return 0
    const view = viewportRect(this.view.camera(), this.view.viewport(), 0)
    const cards = this.isOverview() ? visibleCards(layout, view) : this.pending.filter((l) => !this.mounted.has(l.cardId) && rectsIntersect(l.rect, view))
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
    if (cards.length > 0 && this.isOverview()) this.onOverviewDrawn?.()
    return cards.length
  }

  /** Called when the overview drew notes (the first render may be an overview). */
  onOverviewDrawn: (() => void) | null = null
}
