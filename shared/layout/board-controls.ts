/**
 * Where the board's own controls sit: the "add stage" and "add lane"
 * buttons, the handle that draws an arrow from a note, the hollow places of
 * emotion points not scored yet. Pure geometry from the layout, so the board
 * draws them, hit-tests them and tests find them from one definition.
 */
import type { JourneyMap } from '../model'
import type { Point, Rect } from './geometry'
import { TOUCH_TARGET_PX } from './metrics'
import type { MapLayout } from './types'

/** The add buttons at the ends of the stage band and the lane column; finger-sized at any zoom. */
export function addButtons(layout: MapLayout, scale: number): { stage: Rect; lane: Rect } {
  const size = Math.max(40, TOUCH_TARGET_PX / scale)
  const rtl = layout.direction === 'rtl'
  const band = layout.metrics.stageHeaderHeight
  const stageX = rtl ? layout.bounds.x - 12 - size : layout.bounds.x + layout.bounds.width + 12
  const laneHeader = layout.lanes[0]?.header ?? layout.corner
  return {
    stage: { x: stageX, y: Math.max(0, band / 2 - size / 2), width: size, height: size },
    lane: { x: laneHeader.x + laneHeader.width / 2 - size / 2, y: layout.bounds.height + 12, width: size, height: size },
  }
}

/** The whole board with its add buttons: what "zoom to fit" shows. */
export function boardExtent(layout: MapLayout): Rect {
  const b = layout.bounds
  const buttons = addButtons(layout, 1)
  const x = Math.min(b.x, buttons.stage.x)
  const right = Math.max(b.x + b.width, buttons.stage.x + buttons.stage.width)
  return { x, y: b.y, width: right - x, height: b.height + buttons.lane.height + 12 }
}

export interface LinkHandle {
  cardId: string
  center: Point
  radius: number
}

/** The handle for drawing an arrow: on the trailing edge of a note (right in LTR, left in RTL). */
export function linkHandle(layout: MapLayout, cardId: string, scale: number): LinkHandle | null {
  const laid = layout.cardsById.get(cardId)
  if (!laid) return null
  const rtl = layout.direction === 'rtl'
  const radius = Math.max(10, 12 / scale)
  const x = rtl ? laid.rect.x - radius * 0.4 : laid.rect.x + laid.rect.width + radius * 0.4
  return { cardId, center: { x, y: laid.rect.y + laid.rect.height / 2 }, radius }
}

/** Reach of the link handle for a press: its drawn size, or ~22 screen px, whichever is larger. */
export function linkHandleReach(handle: LinkHandle, scale: number): number {
  return Math.max(handle.radius, TOUCH_TARGET_PX / 2 / scale)
}

export interface EmotionPlaceholder {
  /** `ghost:<stageId>`: not a point of the map yet. */
  id: string
  laneId: string
  stageId: string
  x: number
  y: number
}

export const PLACEHOLDER_PREFIX = 'ghost:'

/**
 * Stage-level emotion places with no point yet, one per stage and emotions
 * lane, on the neutral line: drawn hollow and dragged into being.
 */
export function emotionPlaceholders(layout: MapLayout, map: JourneyMap): EmotionPlaceholder[] {
  const scored = new Set(map.emotionPoints.filter((p) => p.cardId === undefined).map((p) => p.stageId))
  const out: EmotionPlaceholder[] = []
  for (const curve of layout.emotionCurves) {
    for (const s of layout.stages) {
      if (scored.has(s.stageId)) continue
      out.push({ id: `${PLACEHOLDER_PREFIX}${s.stageId}`, laneId: curve.laneId, stageId: s.stageId, x: s.x + s.width / 2, y: curve.zeroY })
    }
  }
  return out
}

export function isPlaceholderId(pointId: string): boolean {
  return pointId.startsWith(PLACEHOLDER_PREFIX)
}
