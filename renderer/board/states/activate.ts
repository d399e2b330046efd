/**
 * A double click (or double tap) on the board: edit the note, add a note to
 * the cell, rename the stage or lane, or give an emotion point its reason.
 */
import { isPlaceholderId, type Point } from '../../../shared/layout'
import type { BoardContext } from './state'

export function activateAt(ctx: BoardContext, world: Point): void {
  const hit = ctx.hitAt(world)
  switch (hit.kind) {
    case 'emotion':
      if (!hit.placeholder && !isPlaceholderId(hit.pointId)) ctx.edit({ kind: 'emotion', pointId: hit.pointId, stageId: hit.stageId, cardId: hit.cardId })
      break
    case 'card':
      ctx.edit({ kind: 'card', cardId: hit.laid.cardId })
      break
    case 'cell': {
      const lane = ctx.layout.lanes.find((l) => l.laneId === hit.hit.laneId)
      if (lane?.kind !== 'emotions') ctx.edit({ kind: 'new', stageId: hit.hit.stageId, laneId: hit.hit.laneId })
      break
    }
    case 'stage':
      ctx.edit({ kind: 'stage', stageId: hit.stageId })
      break
    case 'lane':
      ctx.edit({ kind: 'lane', laneId: hit.laneId })
      break
    default:
      break
  }
}

/** A clean release (no drag): counts towards a double click, which activates what is under it. */
export function cleanRelease(ctx: BoardContext, screen: Point, world: Point, time: number): void {
  if (ctx.clicks.release(screen, time)) activateAt(ctx, world)
}
