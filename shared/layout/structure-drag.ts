/**
 * The maths of dragging the map's structure: where a dragged stage or lane
 * would land, and the size a dragged header edge gives. Pure, so the board's
 * reorder and resize states only move pointers and draw what this returns.
 */
import { LANE_HEIGHT, STAGE_WIDTH } from '../commands/structure'
import type { Point, Rect } from './geometry'
import type { MapLayout } from './types'

export type StructureAxis = 'stage' | 'lane'

/** Limits of a stage's width and a lane's height: the commands' own. */
export const STRUCTURE_LIMITS: Record<StructureAxis, { min: number; max: number }> = { stage: STAGE_WIDTH, lane: LANE_HEIGHT }

export interface ReorderTarget {
  /** Index among the other stages (lanes), in model order: what moveStage / moveLane take. */
  toIndex: number
  /** A bar across the board where it would land (`barWidth` board units thick). */
  indicator: Rect
}

/**
 * Where a dragged stage or lane would go: counted from the pointer's position
 * along the reading direction (right to left in an RTL map) against the
 * centres of the others.
 */
export function reorderTarget(layout: MapLayout, axis: StructureAxis, id: string, world: Point, barWidth: number): ReorderTarget | null {
  const half = barWidth / 2
  if (axis === 'stage') {
    const rtl = layout.direction === 'rtl'
    const from = layout.stages.findIndex((s) => s.stageId === id)
    if (from < 0) return null
    let to = 0
    layout.stages.forEach((s, i) => {
      if (i === from) return
      const centre = s.x + s.width / 2
      if (rtl ? world.x < centre : world.x > centre) to++
    })
    const others = layout.stages.filter((s) => s.stageId !== id)
    const ref = others[to]
    const last = others[others.length - 1]
    const x = ref ? (rtl ? ref.x + ref.width : ref.x) : last ? (rtl ? last.x : last.x + last.width) : 0
    return { toIndex: to, indicator: { x: x - half, y: 0, width: barWidth, height: layout.bounds.height } }
  }
  const from = layout.lanes.findIndex((l) => l.laneId === id)
  if (from < 0) return null
  let to = 0
  layout.lanes.forEach((l, i) => {
    if (i !== from && world.y > l.y + l.height / 2) to++
  })
  const others = layout.lanes.filter((l) => l.laneId !== id)
  const ref = others[to]
  const last = others[others.length - 1]
  const y = ref ? ref.y : last ? last.y + last.height : 0
  return { toIndex: to, indicator: { x: 0, y: y - half, width: layout.bounds.width, height: barWidth } }
}

export interface ResizeTarget {
  /** The new width (stage) or height (lane), whole board units within the limits. */
  size: number
  /** The stage column or lane row at that size, for a preview outline. */
  guide: Rect
}

/** The size a dragged trailing header edge gives (the trailing edge is on the left in RTL). */
export function resizeTarget(layout: MapLayout, axis: StructureAxis, id: string, world: Point): ResizeTarget | null {
  const { min, max } = STRUCTURE_LIMITS[axis]
  const clamp = (n: number) => Math.round(Math.max(min, Math.min(max, n)))
  if (axis === 'stage') {
    const s = layout.stages.find((c) => c.stageId === id)
    if (!s) return null
    const rtl = layout.direction === 'rtl'
    const size = clamp(rtl ? s.x + s.width - world.x : world.x - s.x)
    return { size, guide: { x: rtl ? s.x + s.width - size : s.x, y: 0, width: size, height: layout.bounds.height } }
  }
  const l = layout.lanes.find((c) => c.laneId === id)
  if (!l) return null
  const size = clamp(world.y - l.y)
  return { size, guide: { x: 0, y: l.y, width: layout.bounds.width, height: size } }
}
