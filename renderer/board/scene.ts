/**
 * The static scene (cells, headers, lane looks, team chips, add buttons) and
 * the interactive overlay (links, emotion curves, selection, drop indicator,
 * marquee), each drawn by one Konva custom shape that walks only what is in
 * view. Pure drawing from shared/layout: no state of its own.
 */
import type { EmotionCurve, LinkRoute, MapLayout, Point, Rect, StageColumn } from '../../shared/layout'
import { addButtons, ARROW_LENGTH, emotionPlaceholders, faceRadius, previewCurve, rectsIntersect, type EmotionDragPreview } from '../../shared/layout'
import {
  cssFont,
  EMOTION_REASON,
  EMOTION_REASON_WIDTH,
  emotionColor,
  faceOps,
  goalText,
  LANE_ACCENT,
  LANE_TINT,
  LANE_TITLE,
  laneIconOps,
  LINK_LABEL,
  LINK_LABEL_WIDTH,
  STAGE_GOAL,
  STAGE_NAME,
  type FontWeight,
  type TextStyle,
  type WrappedLines,
} from '../../shared/look'
import type { JourneyMap, Project, Stage } from '../../shared/model'
import { paintOps } from '../services/canvas-ops'
import { wrapFor } from './text'
import { BOARD_COLORS } from './theme'

type C = CanvasRenderingContext2D

export interface Labels {
  customerGoal: string
  businessGoal: string
  laneTitle(kind: string, title: string): string
  teamLegend: string
  addStage: string
  addLane: string
  /** The UI language: header text wraps as the printout wraps it. */
  locale: string
}

function drawLines(c: C, text: string, rect: Rect, spec: TextStyle, color: string, locale?: string, center = false): void {
  if (!text || rect.height <= 0) return
  const maxLines = Math.max(1, Math.min(spec.maxLines, Math.floor(rect.height / spec.lineHeight + 0.01)))
  const w = wrapFor(text, rect.width, maxLines, spec.size, spec.weight, locale)
  setFont(c, w, spec.size, spec.weight)
  c.fillStyle = color
  c.textBaseline = 'middle'
  c.textAlign = center ? 'center' : w.rtl ? 'right' : 'left'
  const x = center ? rect.x + rect.width / 2 : w.rtl ? rect.x + rect.width : rect.x
  w.lines.forEach((line, i) => c.fillText(line, x, rect.y + i * spec.lineHeight + spec.lineHeight / 2))
}

function setFont(c: C, w: WrappedLines, size: number, weight: FontWeight): void {
  c.font = cssFont(size, weight, w.rtl)
  c.direction = w.rtl ? 'rtl' : 'ltr'
}

function drawPlus(c: C, r: Rect, label: string, scale: number): void {
  c.fillStyle = '#ffffff'
  c.strokeStyle = BOARD_COLORS.accent
  c.lineWidth = 2 / Math.max(scale, 0.3)
  c.setLineDash([6 / scale, 4 / scale])
  c.beginPath()
  c.roundRect(r.x, r.y, r.width, r.height, r.width / 4)
  c.fill()
  c.stroke()
  c.setLineDash([])
  c.beginPath()
  const m = r.width * 0.28
  c.moveTo(r.x + m, r.y + r.height / 2)
  c.lineTo(r.x + r.width - m, r.y + r.height / 2)
  c.moveTo(r.x + r.width / 2, r.y + m)
  c.lineTo(r.x + r.width / 2, r.y + r.height - m)
  c.lineWidth = Math.max(2, r.width / 12)
  c.lineCap = 'round'
  c.stroke()
  void label
}

export interface BackgroundInput {
  layout: MapLayout
  map: JourneyMap
  project: Project
  view: Rect
  scale: number
  labels: Labels
  /** Structure being previewed (resize): widths/heights drawn as lines only. */
  guides: Rect[]
}

export function drawBackground(c: C, input: BackgroundInput): void {
  const { layout, project, view, scale, labels } = input
  const hair = 1 / scale
  // No fill for the space around the map: the board's CSS background shows through (one full-screen fill less per frame).
  // Cells, tinted by lane kind.
  // Lane rows tinted by kind: one fill per row, clipped to the view.
  for (const lane of layout.lanes) {
    const row = { x: layout.grid.x, y: lane.y, width: layout.grid.width, height: lane.height }
    if (!rectsIntersect(row, view)) continue
    const x0 = Math.max(row.x, view.x)
    const x1 = Math.min(row.x + row.width, view.x + view.width)
    const y0 = Math.max(row.y, view.y)
    const y1 = Math.min(row.y + row.height, view.y + view.height)
    c.fillStyle = LANE_TINT[lane.kind]
    c.fillRect(x0, y0, x1 - x0, y1 - y0)
  }
  // Grid lines.
  c.strokeStyle = BOARD_COLORS.grid
  c.lineWidth = hair
  c.beginPath()
  const top = Math.max(0, view.y)
  const bottom = Math.min(layout.bounds.height, view.y + view.height)
  const left = Math.max(0, view.x)
  const right = Math.min(layout.bounds.width, view.x + view.width)
  for (const s of layout.stages) {
    for (const x of [s.x, s.x + s.width]) {
      if (x < view.x || x > view.x + view.width) continue
      c.moveTo(x, top)
      c.lineTo(x, bottom)
    }
  }
  for (const y of [...layout.lanes.map((l) => l.y), layout.bounds.height]) {
    if (y < view.y || y > view.y + view.height) continue
    c.moveTo(left, y)
    c.lineTo(right, y)
  }
  c.stroke()

  // Corner.
  c.fillStyle = '#f3f2ee'
  c.fillRect(layout.corner.x, layout.corner.y, layout.corner.width, layout.corner.height)

  // Stage headers.
  for (const s of layout.stages) {
    if (!rectsIntersect(s.header, view)) continue
    drawStageHeader(c, s, labels, hair)
  }

  // Lane headers.
  const teams = project.teams
  for (const lane of layout.lanes) {
    if (!rectsIntersect(lane.header, view)) continue
    const accent = LANE_ACCENT[lane.kind]
    const h = lane.header
    c.fillStyle = BOARD_COLORS.headerFill
    c.fillRect(h.x, h.y, h.width, h.height)
    c.fillStyle = accent
    const rtl = layout.direction === 'rtl'
    c.fillRect(rtl ? h.x + h.width - 5 : h.x, h.y, 5, h.height)
    c.strokeStyle = BOARD_COLORS.headerLine
    c.lineWidth = hair
    c.strokeRect(h.x, h.y, h.width, h.height)
    const iconX = rtl ? h.x + h.width - 16 - 26 : h.x + 16
    paintOps(c, laneIconOps(lane.kind, iconX, h.y + 14, 26, accent))
    const laneModel = input.map.lanes[lane.index]
    const title = labels.laneTitle(lane.kind, laneModel?.title ?? '')
    drawLines(c, title, { x: h.x + 16, y: h.y + 46, width: h.width - 32, height: LANE_TITLE.lineHeight * 3 }, LANE_TITLE, BOARD_COLORS.ink, labels.locale)
    if (lane.kind === 'teams' && teams.length > 0) {
      // The team legend: one coloured chip per team.
      let y = h.y + 46 + LANE_TITLE.lineHeight + 10
      for (const team of teams) {
        if (y + 18 > h.y + h.height - 6) break
        const dotX = rtl ? h.x + h.width - 16 - 12 : h.x + 16
        c.fillStyle = team.color
        c.beginPath()
        c.roundRect(dotX, y + 3, 12, 12, 3)
        c.fill()
        drawLines(c, team.name, { x: rtl ? h.x + 16 : h.x + 34, y, width: h.width - 50, height: 18 }, { size: 12, lineHeight: 18, maxLines: 1, weight: 400 }, BOARD_COLORS.muted)
        y += 20
      }
    }
    if (lane.kind === 'emotions') {
      // The score scale, +2 at the top to −2 at the bottom, next to the lane.
      const curve = layout.emotionCurves.find((e) => e.laneId === lane.laneId)
      if (curve) {
        const fx = rtl ? h.x + 22 : h.x + h.width - 22
        for (const score of [2, 0, -2]) {
          const y = curve.area.y + ((2 - score) / 4) * (curve.area.height - 2 * Math.min(28, curve.area.height / 4)) + Math.min(28, curve.area.height / 4)
          paintOps(c, faceOps(fx, y, 9, score))
        }
      }
    }
  }

  // Responsible teams per stage: chips for the teams acting in that stage, at the bottom of the teams cells.
  const teamById = new Map(teams.map((t) => [t.id, t]))
  for (const lane of layout.lanes) {
    if (lane.kind !== 'teams') continue
    for (const s of layout.stages) {
      const roles = s.stage.teamRoles
      if (roles.length === 0) continue
      const cell = layout.cellsByKey.get(`${s.stageId}\u0000${lane.laneId}`)
      if (!cell || !rectsIntersect(cell.rect, view)) continue
      drawTeamChips(c, cell.rect, cell.cardIds.length, cell.flow, roles, teamById, layout.direction === 'rtl')
    }
  }

  const buttons = addButtons(layout, scale)
  drawPlus(c, buttons.stage, labels.addStage, scale)
  drawPlus(c, buttons.lane, labels.addLane, scale)
  // Resize guides.
  c.strokeStyle = BOARD_COLORS.selection
  c.lineWidth = 2 / scale
  for (const g of input.guides) c.strokeRect(g.x, g.y, g.width, g.height)
}

function drawTeamChips(
  c: C,
  cell: Rect,
  cardCount: number,
  flow: { columns: number; cardHeight: number; gap: number; padding: number },
  roles: Stage['teamRoles'],
  teams: ReadonlyMap<string, { name: string; color: string }>,
  rtl: boolean,
): void {
  const rows = Math.ceil(cardCount / flow.columns)
  let y = cardCount === 0 ? cell.y + flow.padding : cell.y + flow.padding + rows * (flow.cardHeight + flow.gap)
  y = Math.min(y, cell.y + cell.height - 28)
  let x = rtl ? cell.x + cell.width - flow.padding : cell.x + flow.padding
  for (const role of roles) {
    const team = teams.get(role.teamId)
    if (!team) continue
    const label = role.role ? `${team.name} · ${role.role}` : team.name
    const w = wrapFor(label, 150, 1, 12, 700)
    setFont(c, w, 12, 700)
    const tw = Math.min(150, c.measureText(w.lines[0] ?? '').width) + 20
    if (rtl ? x - tw < cell.x + 8 : x + tw > cell.x + cell.width - 8) {
      x = rtl ? cell.x + cell.width - flow.padding : cell.x + flow.padding
      y += 26
      if (y + 22 > cell.y + cell.height) break
    }
    const left = rtl ? x - tw : x
    c.fillStyle = team.color
    c.beginPath()
    c.roundRect(left, y, tw, 22, 11)
    c.fill()
    c.fillStyle = '#ffffff'
    c.textBaseline = 'middle'
    c.textAlign = 'center'
    c.fillText(w.lines[0] ?? '', left + tw / 2, y + 11.5)
    x += rtl ? -(tw + 6) : tw + 6
  }
}

function drawStageHeader(c: C, s: StageColumn, labels: Labels, hair: number): void {
  const h = s.header
  c.fillStyle = BOARD_COLORS.headerFill
  c.fillRect(h.x, h.y, h.width, h.height)
  c.strokeStyle = BOARD_COLORS.headerLine
  c.lineWidth = hair
  c.strokeRect(h.x, h.y, h.width, h.height)
  c.fillStyle = BOARD_COLORS.accent
  c.fillRect(h.x, h.y + h.height - 4, h.width, 4)
  drawLines(c, s.stage.name, s.name, STAGE_NAME, BOARD_COLORS.ink, labels.locale)
  drawLines(c, goalText(labels.customerGoal, s.stage.customerGoal), s.customerGoal, STAGE_GOAL, BOARD_COLORS.muted, labels.locale)
  drawLines(c, goalText(labels.businessGoal, s.stage.businessGoal), s.businessGoal, STAGE_GOAL, BOARD_COLORS.muted, labels.locale)
}

// ---------------------------------------------------------------- overlay

export type EmotionDrag = EmotionDragPreview & { laneId: string }

export interface OverlayInput {
  layout: MapLayout
  map: JourneyMap
  view: Rect
  scale: number
  selected: ReadonlySet<string>
  /** Card rects moved by a drag in progress (board units). */
  dragRects: ReadonlyMap<string, Rect> | null
  linkRoutes: LinkRoute[]
  /** Labels of links that have one, by link id. */
  linkLabels: ReadonlyMap<string, string>
  dropIndicator: Rect | null
  marquee: Rect | null
  emotionDrag: EmotionDrag | null
  linkDraft: { from: Rect; to: Point } | null
  linkHandle: { center: Point; radius: number } | null
  selectedCell: Rect | null
  headerDrop: Rect | null
  hoverCard: string | null
}

export function drawOverlay(c: C, o: OverlayInput): void {
  const { layout, scale } = o
  for (const curve of layout.emotionCurves) drawEmotionCurve(c, curve, o)
  // Links under the selection outlines.
  c.strokeStyle = BOARD_COLORS.link
  c.fillStyle = BOARD_COLORS.link
  c.lineWidth = Math.max(2, 1.5 / scale)
  for (const route of o.linkRoutes) {
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
  for (const route of o.linkRoutes) {
    const label = o.linkLabels.get(route.linkId)
    if (!label || scale < 0.3) continue
    const at = route.labelAt
    if (at.x < o.view.x - 100 || at.x > o.view.x + o.view.width + 100 || at.y < o.view.y - 20 || at.y > o.view.y + o.view.height + 20) continue
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
  c.fillStyle = BOARD_COLORS.link
  if (o.linkDraft) {
    const f = o.linkDraft.from
    c.setLineDash([8 / scale, 6 / scale])
    c.strokeStyle = BOARD_COLORS.selection
    c.beginPath()
    c.moveTo(f.x + f.width / 2, f.y + f.height / 2)
    c.lineTo(o.linkDraft.to.x, o.linkDraft.to.y)
    c.stroke()
    c.setLineDash([])
    c.fillStyle = BOARD_COLORS.selection
    const a = Math.atan2(o.linkDraft.to.y - f.y - f.height / 2, o.linkDraft.to.x - f.x - f.width / 2)
    drawArrowHead(c, o.linkDraft.to, a)
  }
  if (o.selectedCell) {
    const r = o.selectedCell
    c.fillStyle = BOARD_COLORS.selectionFill
    c.fillRect(r.x, r.y, r.width, r.height)
    c.strokeStyle = BOARD_COLORS.selection
    c.lineWidth = 2 / scale
    c.setLineDash([6 / scale, 4 / scale])
    c.strokeRect(r.x + 1 / scale, r.y + 1 / scale, r.width - 2 / scale, r.height - 2 / scale)
    c.setLineDash([])
  }
  // Selection outlines.
  c.strokeStyle = BOARD_COLORS.selection
  c.lineWidth = 2.5 / scale
  for (const id of o.selected) {
    const rect = o.dragRects?.get(id) ?? layout.cardsById.get(id)?.rect
    if (!rect) continue
    const pad = 3 / scale + 2
    c.beginPath()
    c.roundRect(rect.x - pad, rect.y - pad, rect.width + 2 * pad, rect.height + 2 * pad, 5)
    c.stroke()
  }
  if (o.hoverCard && !o.selected.has(o.hoverCard)) {
    const rect = layout.cardsById.get(o.hoverCard)?.rect
    if (rect) {
      c.strokeStyle = 'rgba(47, 91, 234, 0.45)'
      c.lineWidth = 2 / scale
      c.strokeRect(rect.x - 2, rect.y - 2, rect.width + 4, rect.height + 4)
    }
  }
  if (o.linkHandle) {
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
  }
  if (o.dropIndicator) {
    const r = o.dropIndicator
    const w = Math.max(r.width, 4 / scale)
    c.fillStyle = BOARD_COLORS.drop
    c.beginPath()
    c.roundRect(r.x + r.width / 2 - w / 2, r.y, w, r.height, w / 2)
    c.fill()
  }
  if (o.headerDrop) {
    c.fillStyle = BOARD_COLORS.drop
    c.fillRect(o.headerDrop.x, o.headerDrop.y, o.headerDrop.width, o.headerDrop.height)
  }
  if (o.marquee) {
    const m = o.marquee
    c.fillStyle = BOARD_COLORS.selectionFill
    c.fillRect(m.x, m.y, m.width, m.height)
    c.strokeStyle = BOARD_COLORS.selection
    c.lineWidth = 1 / scale
    c.strokeRect(m.x, m.y, m.width, m.height)
  }
}

function drawArrowHead(c: C, tip: Point, angle: number): void {
  const len = ARROW_LENGTH
  c.beginPath()
  c.moveTo(tip.x, tip.y)
  c.lineTo(tip.x - len * Math.cos(angle - 0.45), tip.y - len * Math.sin(angle - 0.45))
  c.lineTo(tip.x - len * Math.cos(angle + 0.45), tip.y - len * Math.sin(angle + 0.45))
  c.closePath()
  c.fill()
}

function drawEmotionCurve(c: C, curve: EmotionCurve, o: OverlayInput): void {
  if (!rectsIntersect(curve.area, o.view)) return
  const { scale } = o
  const drag = o.emotionDrag && o.emotionDrag.laneId === curve.laneId ? o.emotionDrag : null
  const preview = drag ? previewCurve(curve, drag) : null
  const points = preview?.points ?? curve.points
  // Only the segments in view (plus one each side, so the area closes off-screen).
  const all = preview?.segments ?? curve.segments
  let first = all.findIndex((sg) => sg.to.x >= o.view.x)
  let last = all.length - 1
  while (last > 0 && all[last]!.from.x > o.view.x + o.view.width) last--
  if (first < 0) first = all.length
  const segments = all.slice(first, last + 1)
  const top = curve.area.y
  const bottom = curve.area.y + curve.area.height
  const zeroFrac = Math.min(1, Math.max(0, (curve.zeroY - top) / Math.max(1, bottom - top)))
  // Neutral line.
  c.strokeStyle = 'rgba(138, 148, 166, 0.6)'
  c.lineWidth = 1 / scale
  c.setLineDash([6 / scale, 6 / scale])
  c.beginPath()
  c.moveTo(Math.max(curve.area.x, o.view.x), curve.zeroY)
  c.lineTo(Math.min(curve.area.x + curve.area.width, o.view.x + o.view.width), curve.zeroY)
  c.stroke()
  c.setLineDash([])
  if (segments.length > 0) {
    // Area between the curve and the neutral line, green above and red below.
    const fill = c.createLinearGradient(0, top, 0, bottom)
    fill.addColorStop(0, 'rgba(46, 157, 87, 0.35)')
    fill.addColorStop(zeroFrac, 'rgba(138, 148, 166, 0.06)')
    fill.addColorStop(1, 'rgba(214, 69, 69, 0.35)')
    c.beginPath()
    c.moveTo(segments[0]!.from.x, curve.zeroY)
    c.lineTo(segments[0]!.from.x, segments[0]!.from.y)
    for (const s of segments) c.bezierCurveTo(s.c1.x, s.c1.y, s.c2.x, s.c2.y, s.to.x, s.to.y)
    c.lineTo(segments[segments.length - 1]!.to.x, curve.zeroY)
    c.closePath()
    c.fillStyle = fill
    c.fill()
    const stroke = c.createLinearGradient(0, top, 0, bottom)
    stroke.addColorStop(0, BOARD_COLORS.positive)
    stroke.addColorStop(zeroFrac, BOARD_COLORS.neutral)
    stroke.addColorStop(1, BOARD_COLORS.negative)
    c.strokeStyle = stroke
    c.lineWidth = Math.max(3, 2 / scale)
    c.lineCap = 'round'
    c.beginPath()
    c.moveTo(segments[0]!.from.x, segments[0]!.from.y)
    for (const s of segments) c.bezierCurveTo(s.c1.x, s.c1.y, s.c2.x, s.c2.y, s.to.x, s.to.y)
    c.stroke()
  }
  const radius = faceRadius(scale).draw
  // Places with no point yet: hollow handles on the neutral line.
  for (const s of emotionPlaceholders(o.layout, o.map)) {
    if (s.laneId !== curve.laneId || o.emotionDrag?.pointId === s.id) continue
    if (s.x + radius < o.view.x || s.x - radius > o.view.x + o.view.width) continue
    c.strokeStyle = BOARD_COLORS.neutral
    c.lineWidth = 2 / Math.max(scale, 0.5)
    c.setLineDash([4 / scale, 3 / scale])
    c.beginPath()
    c.arc(s.x, s.y, radius, 0, Math.PI * 2)
    c.stroke()
    c.setLineDash([])
  }
  for (const p of points) {
    if (p.x + 160 < o.view.x || p.x - 160 > o.view.x + o.view.width) continue
    paintOps(c, faceOps(p.x, p.y, radius, p.score))
    const reason = p.point.reason
    if (reason && scale >= 0.3) {
      const below = p.y + radius + 6 + 36 < bottom
      const w = wrapFor(reason, EMOTION_REASON_WIDTH, EMOTION_REASON.maxLines, EMOTION_REASON.size, EMOTION_REASON.weight)
      setFont(c, w, EMOTION_REASON.size, EMOTION_REASON.weight)
      const lineWidths = w.lines.map((l) => c.measureText(l).width)
      const bw = Math.max(...lineWidths, 10) + 12
      const bh = w.lines.length * 16 + 6
      const by = below ? p.y + radius + 6 : p.y - radius - 6 - bh
      drawTextBox(c, w, { x: p.x - bw / 2, y: by, width: bw, height: bh }, {
        radius: 6,
        fill: 'rgba(255, 255, 255, 0.92)',
        stroke: emotionColor(p.score),
        scale,
        firstBaseline: 11,
        lineHeight: 16,
      })
    }
    if (o.emotionDrag?.pointId === p.point.id) {
      const label = (p.score > 0 ? '+' : '') + p.score.toFixed(1)
      c.font = cssFont(Math.max(13, 12 / scale), 700, false)
      c.fillStyle = BOARD_COLORS.ink
      c.textAlign = 'left'
      c.direction = 'ltr'
      c.fillText(label, p.x + radius + 6, p.y)
    }
  }
}

/**
 * A small rounded label box with centred text (link labels, emotion reasons).
 * `firstBaseline` is the middle of the first line, measured from the box top.
 */
function drawTextBox(
  c: CanvasRenderingContext2D,
  text: { lines: string[]; rtl: boolean },
  box: { x: number; y: number; width: number; height: number },
  look: { radius: number; fill: string; stroke: string; scale: number; firstBaseline: number; lineHeight: number },
): void {
  c.fillStyle = look.fill
  c.strokeStyle = look.stroke
  c.lineWidth = 1 / look.scale
  c.beginPath()
  c.roundRect(box.x, box.y, box.width, box.height, look.radius)
  c.fill()
  c.stroke()
  c.fillStyle = BOARD_COLORS.ink
  c.textAlign = 'center'
  c.textBaseline = 'middle'
  c.direction = text.rtl ? 'rtl' : 'ltr'
  const centre = box.x + box.width / 2
  text.lines.forEach((line, i) => c.fillText(line, centre, box.y + look.firstBaseline + i * look.lineHeight))
}
