import type { EmotionPoint } from '../model'
import type { BezierSegment, Point, Rect } from './geometry'
import { EMOTION_INSET } from './metrics'
import type { CardLayout, EmotionCurve, EmotionCurvePoint, StageColumn } from './types'

const MAX_SCORE = 2
/** Horizontal distances below this (board units) count as one column. */
const MIN_STEP = 1e-6

/** y of a score (−2 … +2, +2 on top) inside the curve's area. */
export function scoreToY(area: Rect, score: number): number {
  const inset = Math.min(EMOTION_INSET, area.height / 4)
  const clamped = Math.max(-MAX_SCORE, Math.min(MAX_SCORE, score))
  return area.y + inset + ((MAX_SCORE - clamped) / (2 * MAX_SCORE)) * (area.height - 2 * inset)
}

/** The score at a y (inverse of scoreToY, clamped): for dragging a point up and down. */
export function scoreFromY(area: Rect, y: number): number {
  const inset = Math.min(EMOTION_INSET, area.height / 4)
  const span = area.height - 2 * inset
  const score = MAX_SCORE - ((y - area.y - inset) / span) * (2 * MAX_SCORE)
  return Math.max(-MAX_SCORE, Math.min(MAX_SCORE, score))
}

/**
 * Places emotion points in one emotions lane: at the centre of their
 * touchpoint card's column when they carry a card that is laid out, else
 * at the stage's centre. Points of missing stages are left out.
 */
export function emotionCurve(
  laneId: string,
  area: Rect,
  points: readonly EmotionPoint[],
  stagesById: ReadonlyMap<string, StageColumn>,
  cardsById: ReadonlyMap<string, CardLayout>,
): EmotionCurve {
  const placed: EmotionCurvePoint[] = []
  for (const point of points) {
    const stage = stagesById.get(point.stageId)
    if (!stage) continue
    const card = point.cardId !== undefined ? cardsById.get(point.cardId) : undefined
    const x = card ? card.rect.x + card.rect.width / 2 : stage.x + stage.width / 2
    placed.push({ x, y: scoreToY(area, point.score), point, score: point.score })
  }
  placed.sort((a, b) => a.x - b.x)
  return { laneId, area, points: placed, segments: monotoneCurve(placed), zeroY: scoreToY(area, 0) }
}

/**
 * A smooth curve through points sorted by x, as cubic Bézier segments. We
 * use a monotone cubic (Fritsch–Butland tangents) rather than Catmull-Rom:
 * it never overshoots between points, so the curve cannot leave the lane
 * or suggest a feeling (say, below −2) that nobody scored.
 */
export function monotoneCurve(points: readonly Point[]): BezierSegment[] {
  const n = points.length
  if (n < 2) return []
  const h: number[] = []
  const slope: number[] = []
  for (let k = 0; k < n - 1; k++) {
    const dx = points[k + 1]!.x - points[k]!.x
    // Points (almost) on one column: a straight vertical step, no slope to speak of.
    const vertical = dx < MIN_STEP
    h.push(vertical ? 0 : dx)
    slope.push(vertical ? 0 : (points[k + 1]!.y - points[k]!.y) / dx)
  }
  const tangent: number[] = new Array<number>(n).fill(0)
  tangent[0] = slope[0]!
  tangent[n - 1] = slope[n - 2]!
  for (let k = 1; k < n - 1; k++) {
    const s0 = slope[k - 1]!
    const s1 = slope[k]!
    const h0 = h[k - 1]!
    const h1 = h[k]!
    // A local peak or valley (or a flat/vertical neighbour) gets a flat tangent: no overshoot.
    if (s0 * s1 <= 0 || h0 === 0 || h1 === 0) continue
    const m = (3 * (h0 + h1)) / ((2 * h1 + h0) / s0 + (h1 + 2 * h0) / s1)
    tangent[k] = Number.isFinite(m) ? m : 0
  }
  const segments: BezierSegment[] = []
  for (let k = 0; k < n - 1; k++) {
    const from = points[k]!
    const to = points[k + 1]!
    const third = h[k]! / 3 // 0 for a vertical step: the control points sit on the ends
    segments.push({
      from: { x: from.x, y: from.y },
      c1: { x: from.x + third, y: from.y + tangent[k]! * third },
      c2: { x: to.x - third, y: to.y - tangent[k + 1]! * third },
      to: { x: to.x, y: to.y },
    })
  }
  return segments
}

export interface EmotionDragPreview {
  pointId: string
  score: number
  /** For a hollow place being dragged into being: where it sits. */
  placeholder?: { stageId: string; x: number }
}

/**
 * The curve's points while one is dragged: the dragged point at its new
 * score (a placeholder joins the curve), in x order, with the curve through
 * them — what the board draws before the drag is committed.
 */
export function previewCurve(curve: EmotionCurve, drag: EmotionDragPreview): { points: EmotionCurvePoint[]; segments: BezierSegment[] } {
  const y = scoreToY(curve.area, drag.score)
  let points = curve.points.map((p) => (p.point.id === drag.pointId ? { ...p, y, score: drag.score } : p))
  if (drag.placeholder) {
    const ghost: EmotionCurvePoint = { x: drag.placeholder.x, y, score: drag.score, point: { id: drag.pointId, stageId: drag.placeholder.stageId, score: drag.score, reason: '' } }
    points = [...points, ghost].sort((a, b) => a.x - b.x)
  }
  return { points, segments: monotoneCurve(points) }
}

/** Scores snap to half steps while dragging: −2, −1.5 … +2. */
export function snapScore(score: number): number {
  return Math.round(score * 2) / 2
}
