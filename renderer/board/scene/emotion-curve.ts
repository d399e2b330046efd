/** An emotion curve: neutral line, the area and curve coloured by feeling, faces, reasons, the dragged score. */
import type { EmotionCurve, MapLayout, Rect } from '../../../shared/layout'
import { emotionPlaceholders, faceRadius, previewCurve, rectsIntersect } from '../../../shared/layout'
import { cssFont, EMOTION_REASON, EMOTION_REASON_WIDTH, emotionColor, faceOps } from '../../../shared/look'
import type { JourneyMap } from '../../../shared/model'
import { paintOps } from '../../services/canvas-ops'
import { drawTextBox, setFont } from './canvas-text'
import type { EmotionDrag } from './overlay'
import { wrapFor } from './text'
import { BOARD_COLORS } from './theme'

type C = CanvasRenderingContext2D

export interface CurveInput {
  layout: MapLayout
  map: JourneyMap
  view: Rect
  scale: number
  emotionDrag: EmotionDrag | null
}

export function drawEmotionCurve(c: C, curve: EmotionCurve, o: CurveInput): void {
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
