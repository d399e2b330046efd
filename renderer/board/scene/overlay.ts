/**
 * The interactive overlay: emotion curves, arrows and their labels, the
 * selected cell, selection and hover outlines, the arrow handle, and what
 * the current interaction state previews (drop bar, marquee, arrow draft,
 * header landing bar). Drawn by one Konva custom shape on a layer above the
 * notes, walking only what is in view.
 */
import type { LinkRoute, MapLayout, Point, Rect } from '../../../shared/layout'
import { ARROW_LENGTH, rectsIntersect, routesWithMovedCards, type EmotionDragPreview } from '../../../shared/layout'
import { LINK_LABEL, LINK_LABEL_WIDTH } from '../../../shared/look'
import type { JourneyMap } from '../../../shared/model'
import { drawTextBox, setFont } from './canvas-text'
import { drawEmotionCurve } from './emotion-curve'
import { wrapFor } from './text'
import type { ScenePreview } from '../states/state'
import { BOARD_COLORS } from './theme'

type C = CanvasRenderingContext2D

export type EmotionDrag = EmotionDragPreview & { laneId: string }

/** What one overlay frame shows: the scene, the selection, and the current state's preview. */
export interface OverlayFrame {
  layout: MapLayout
  map: JourneyMap
  /** The viewport in board units (plus a small margin): painters skip what lies outside. */
  view: Rect
  scale: number
  selected: ReadonlySet<string>
  selectedCell: Rect | null
  hoverCard: string | null
  linkHandle: { center: Point; radius: number } | null
  /** Labels of links that have one, by link id. */
  linkLabels: ReadonlyMap<string, string>
  preview: ScenePreview
}

/**
 * One kind of mark on the overlay layer. The board draws the standard ones in
 * order; a feature adds its own (search highlights, a metric's heat, a focus
 * dimmer) with BoardShell.addOverlay, without touching the others.
 */
export interface OverlayPainter {
  readonly id: string
  draw(c: C, frame: OverlayFrame): void
}

/** Arrow routes as drawn now: following notes that are being dragged. */
function routes(o: OverlayFrame): LinkRoute[] {
  return o.preview.moved ? routesWithMovedCards(o.layout, o.preview.moved) : o.layout.links
}

const emotionCurves: OverlayPainter = {
  id: 'emotion-curves',
  draw(c, o) {
    const drag = o.preview.emotionDrag ?? null
    for (const curve of o.layout.emotionCurves) drawEmotionCurve(c, curve, { ...o, emotionDrag: drag })
  },
}

const arrows: OverlayPainter = {
  id: 'arrows',
  draw(c, o) {
    const { scale } = o
    const linkRoutes = routes(o)
    c.strokeStyle = BOARD_COLORS.link
    c.fillStyle = BOARD_COLORS.link
    c.lineWidth = Math.max(2, 1.5 / scale)
    for (const route of linkRoutes) {
      const { from, c1, c2, to } = route.curve
      const box = {
        x: Math.min(from.x, c1.x, c2.x, to.x),
        y: Math.min(from.y, c1.y, c2.y, to.y),
        width: Math.abs(Math.max(from.x, c1.x, c2.x, to.x) - Math.min(from.x, c1.x, c2.x, to.x)) + 1,
        height: Math.abs(Math.max(from.y, c1.y, c2.y, to.y) - Math.min(from.y, c1.y, c2.y, to.y)) + 1,
      }
      if (!rectsIntersect(box, o.view)) continue
      const back = ARROW_LENGTH * 0.8
      const a = route.arrow.angle
      c.beginPath()
      c.moveTo(from.x, from.y)
      c.bezierCurveTo(c1.x, c1.y, c2.x, c2.y, to.x - Math.cos(a) * back, to.y - Math.sin(a) * back)
      c.stroke()
      drawArrowHead(c, route.arrow.tip, a)
    }
    // Link labels ("after the ad", "3 days later") at the middle of their curve.
    if (scale < 0.3) return
    for (const route of linkRoutes) {
      const label = o.linkLabels.get(route.linkId)
      if (!label) continue
      const at = route.labelAt
      if (!rectsIntersect({ x: at.x - 100, y: at.y - 20, width: 200, height: 40 }, o.view)) continue
      const w = wrapFor(label, LINK_LABEL_WIDTH, LINK_LABEL.maxLines, LINK_LABEL.size, LINK_LABEL.weight)
      setFont(c, w, LINK_LABEL.size, LINK_LABEL.weight)
      const tw = c.measureText(w.lines[0] ?? '').width + 12
      drawTextBox(c, w, { x: at.x - tw / 2, y: at.y - 10, width: tw, height: 20 }, {
        radius: 10,
        fill: 'rgba(255, 255, 255, 0.95)',
        stroke: BOARD_COLORS.link,
        scale,
        firstBaseline: 10.5,
        lineHeight: 16,
      })
    }
  },
}

const linkDraft: OverlayPainter = {
  id: 'link-draft',
  draw(c, o) {
    const draft = o.preview.linkDraft
    const f = draft ? o.layout.cardsById.get(draft.fromCardId)?.rect : undefined
    if (!draft || !f) return
    const { scale } = o
    c.setLineDash([8 / scale, 6 / scale])
    c.strokeStyle = BOARD_COLORS.selection
    c.lineWidth = Math.max(2, 1.5 / scale)
    c.beginPath()
    c.moveTo(f.x + f.width / 2, f.y + f.height / 2)
    c.lineTo(draft.to.x, draft.to.y)
    c.stroke()
    c.setLineDash([])
    c.fillStyle = BOARD_COLORS.selection
    drawArrowHead(c, draft.to, Math.atan2(draft.to.y - f.y - f.height / 2, draft.to.x - f.x - f.width / 2))
  },
}

const selectedCell: OverlayPainter = {
  id: 'selected-cell',
  draw(c, o) {
    const r = o.selectedCell
    if (!r) return
    const { scale } = o
    c.fillStyle = BOARD_COLORS.selectionFill
    c.fillRect(r.x, r.y, r.width, r.height)
    c.strokeStyle = BOARD_COLORS.selection
    c.lineWidth = 2 / scale
    c.setLineDash([6 / scale, 4 / scale])
    c.strokeRect(r.x + 1 / scale, r.y + 1 / scale, r.width - 2 / scale, r.height - 2 / scale)
    c.setLineDash([])
  },
}

const selection: OverlayPainter = {
  id: 'selection',
  draw(c, o) {
    const { scale } = o
    c.strokeStyle = BOARD_COLORS.selection
    c.lineWidth = 2.5 / scale
    for (const id of o.selected) {
      const rect = o.preview.moved?.get(id) ?? o.layout.cardsById.get(id)?.rect
      if (!rect) continue
      const pad = 3 / scale + 2
      c.beginPath()
      c.roundRect(rect.x - pad, rect.y - pad, rect.width + 2 * pad, rect.height + 2 * pad, 5)
      c.stroke()
    }
    if (o.hoverCard && !o.selected.has(o.hoverCard)) {
      const rect = o.layout.cardsById.get(o.hoverCard)?.rect
      if (rect) {
        c.strokeStyle = BOARD_COLORS.hover
        c.lineWidth = 2 / scale
        c.strokeRect(rect.x - 2, rect.y - 2, rect.width + 4, rect.height + 4)
      }
    }
  },
}

const linkHandle: OverlayPainter = {
  id: 'link-handle',
  draw(c, o) {
    if (!o.linkHandle) return
    const { center, radius } = o.linkHandle
    c.fillStyle = BOARD_COLORS.selection
    c.beginPath()
    c.arc(center.x, center.y, radius, 0, Math.PI * 2)
    c.fill()
    c.strokeStyle = '#ffffff'
    c.lineWidth = radius / 5
    c.beginPath()
    c.moveTo(center.x - radius * 0.45, center.y)
    c.lineTo(center.x + radius * 0.45, center.y)
    c.moveTo(center.x + radius * 0.1, center.y - radius * 0.35)
    c.lineTo(center.x + radius * 0.45, center.y)
    c.lineTo(center.x + radius * 0.1, center.y + radius * 0.35)
    c.stroke()
  },
}

const dropMarks: OverlayPainter = {
  id: 'drop-marks',
  draw(c, o) {
    const { scale, preview } = o
    if (preview.dropIndicator) {
      const r = preview.dropIndicator
      const w = Math.max(r.width, 4 / scale)
      c.fillStyle = BOARD_COLORS.drop
      c.beginPath()
      c.roundRect(r.x + r.width / 2 - w / 2, r.y, w, r.height, w / 2)
      c.fill()
    }
    if (preview.headerDrop) {
      const r = preview.headerDrop
      c.fillStyle = BOARD_COLORS.drop
      c.fillRect(r.x, r.y, r.width, r.height)
    }
  },
}

const marquee: OverlayPainter = {
  id: 'marquee',
  draw(c, o) {
    const m = o.preview.marquee
    if (!m) return
    c.fillStyle = BOARD_COLORS.selectionFill
    c.fillRect(m.x, m.y, m.width, m.height)
    c.strokeStyle = BOARD_COLORS.selection
    c.lineWidth = 1 / o.scale
    c.strokeRect(m.x, m.y, m.width, m.height)
  },
}

/** The board's own overlay marks, in drawing order (arrows under the selection outlines). */
export const STANDARD_OVERLAYS: readonly OverlayPainter[] = [emotionCurves, arrows, linkDraft, selectedCell, selection, linkHandle, dropMarks, marquee]

function drawArrowHead(c: C, tip: Point, angle: number): void {
  const len = ARROW_LENGTH
  c.beginPath()
  c.moveTo(tip.x, tip.y)
  c.lineTo(tip.x - len * Math.cos(angle - 0.45), tip.y - len * Math.sin(angle - 0.45))
  c.lineTo(tip.x - len * Math.cos(angle + 0.45), tip.y - len * Math.sin(angle + 0.45))
  c.closePath()
  c.fill()
}
