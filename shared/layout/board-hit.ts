/**
 * What is under a point of the board, in the order a person expects a press
 * to pick it: the arrow handle of the selected note, an emotion face, a note,
 * a header edge (resize), a header (reorder, rename), an add button, a cell.
 * Pure: the board, its interaction states and their tests all ask this.
 */
import type { JourneyMap } from '../model'
import { addButtons, emotionPlaceholders, linkHandle, linkHandleReach } from './board-controls'
import { bezierPoint, rectContainsPoint, type Point } from './geometry'
import { cardAtPoint, hitTestCell, type CellHit } from './hit-test'
import { HEADER_EDGE_REACH_PX, LINK_REACH_PX, faceRadius } from './metrics'
import type { CardLayout, LaneRow, LinkRoute, MapLayout, StageColumn } from './types'

export type BoardHit =
  | { kind: 'link-handle'; cardId: string }
  | { kind: 'emotion'; pointId: string; laneId: string; stageId: string; cardId?: string; score: number; placeholder: boolean }
  | { kind: 'card'; laid: CardLayout }
  | { kind: 'stage-edge'; stageId: string }
  | { kind: 'stage'; stageId: string }
  | { kind: 'lane-edge'; laneId: string }
  | { kind: 'lane'; laneId: string }
  | { kind: 'add-stage' }
  | { kind: 'add-lane' }
  | { kind: 'cell'; hit: CellHit }
  | { kind: 'none' }

export type BoardHitKind = BoardHit['kind']

export interface HitOptions {
  /** Screen px per board unit: reaches are kept in screen px. */
  scale: number
  /** The note whose arrow handle is shown (the single selected note), if any. */
  handleCardId?: string | null
}

export function hitTestBoard(layout: MapLayout, map: JourneyMap, world: Point, options: HitOptions): BoardHit {
  const { scale } = options
  if (options.handleCardId) {
    const handle = linkHandle(layout, options.handleCardId, scale)
    if (handle && distance(world, handle.center) <= linkHandleReach(handle, scale)) return { kind: 'link-handle', cardId: handle.cardId }
  }
  const emotion = emotionAt(layout, map, world, scale)
  if (emotion) return emotion
  const card = cardAtPoint(layout, world)
  if (card) return { kind: 'card', laid: card }
  const header = headerAt(layout, world, scale)
  if (header) return header
  const buttons = addButtons(layout, scale)
  if (rectContainsPoint(buttons.stage, world)) return { kind: 'add-stage' }
  if (rectContainsPoint(buttons.lane, world)) return { kind: 'add-lane' }
  const hit = hitTestCell(layout, world)
  return hit ? { kind: 'cell', hit } : { kind: 'none' }
}

/** An emotion face (or the hollow place of a stage not scored yet) within reach of a point. */
export function emotionAt(layout: MapLayout, map: JourneyMap, world: Point, scale: number): Extract<BoardHit, { kind: 'emotion' }> | null {
  const reach = faceRadius(scale).hit
  for (const curve of layout.emotionCurves) {
    const a = curve.area
    if (!rectContainsPoint({ x: a.x, y: a.y - reach, width: a.width, height: a.height + 2 * reach }, world)) continue
    for (const p of curve.points) {
      if (distance(world, p) <= reach) {
        return { kind: 'emotion', pointId: p.point.id, laneId: curve.laneId, stageId: p.point.stageId, cardId: p.point.cardId, score: p.score, placeholder: false }
      }
    }
    for (const ghost of emotionPlaceholders(layout, map)) {
      if (ghost.laneId === curve.laneId && distance(world, ghost) <= reach) {
        return { kind: 'emotion', pointId: ghost.id, laneId: curve.laneId, stageId: ghost.stageId, score: 0, placeholder: true }
      }
    }
  }
  return null
}

/** A stage or lane header, or its trailing edge (where dragging resizes). */
export function headerAt(layout: MapLayout, world: Point, scale: number): BoardHit | null {
  const edge = Math.min(HEADER_EDGE_REACH_PX / scale, 30)
  if (world.y >= 0 && world.y < layout.metrics.stageHeaderHeight) {
    const rtl = layout.direction === 'rtl'
    for (const s of layout.stages) {
      const trailing = rtl ? s.x : s.x + s.width
      if (Math.abs(world.x - trailing) <= Math.min(edge, s.width / 4)) return { kind: 'stage-edge', stageId: s.stageId }
    }
    const s = stageAtX(layout, world.x)
    if (s) return { kind: 'stage', stageId: s.stageId }
  }
  for (const lane of layout.lanes) {
    const h = lane.header
    if (world.x < h.x || world.x >= h.x + h.width) break
    if (Math.abs(world.y - (lane.y + lane.height)) <= Math.min(edge, lane.height / 4)) return { kind: 'lane-edge', laneId: lane.laneId }
    if (world.y >= lane.y && world.y < lane.y + lane.height) return { kind: 'lane', laneId: lane.laneId }
  }
  return null
}

export function stageAtX(layout: MapLayout, x: number): StageColumn | undefined {
  return layout.stages.find((s) => x >= s.x && x < s.x + s.width)
}

export function laneAtY(layout: MapLayout, y: number): LaneRow | undefined {
  return layout.lanes.find((l) => y >= l.y && y < l.y + l.height)
}

/** An arrow whose curve passes within a finger's reach (~22 screen px) of a point. */
export function linkAtPoint(layout: MapLayout, world: Point, scale: number): LinkRoute | undefined {
  const reach = Math.max(8, LINK_REACH_PX / scale)
  for (const route of layout.links) {
    for (let i = 0; i <= 24; i++) {
      if (distance(bezierPoint(route.curve, i / 24), world) <= reach) return route
    }
  }
  return undefined
}

export function distance(a: Point, b: Point): number {
  return Math.hypot(a.x - b.x, a.y - b.y)
}
