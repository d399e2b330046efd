import type { Draft } from 'immer'
import { LIMITS, makeLane, makeStage, newId, type LaneKind } from '../model'
import type { Command } from './apply'
import { removeCardsWhere } from './cards'
import { clamp, clampText, findMap, requireLane, requireStage } from './lookup'

/** Schema bounds for column widths and row heights (board units). */
export const STAGE_WIDTH = { min: 120, max: 4000 } as const
export const LANE_HEIGHT = { min: 60, max: 4000 } as const

export interface NewStage {
  name: string
  customerGoal?: string
  businessGoal?: string
  /** Position among the stages; default: last. */
  index?: number
  id?: string
}

export function addStage(mapId: string, seed: NewStage): Command {
  const id = seed.id ?? newId('s')
  return (draft) => {
    const map = findMap(draft, mapId)
    const stage = makeStage(
      {
        name: clampText(seed.name, LIMITS.shortText),
        customerGoal: clampText(seed.customerGoal ?? '', LIMITS.shortText),
        businessGoal: clampText(seed.businessGoal ?? '', LIMITS.shortText),
      },
      id,
    )
    map.stages.splice(clamp(seed.index ?? map.stages.length, 0, map.stages.length), 0, stage)
  }
}

export interface StageFields {
  name?: string
  customerGoal?: string
  businessGoal?: string
}

/** Renames a stage and/or edits its goals. */
export function editStage(mapId: string, stageId: string, fields: StageFields): Command {
  return (draft) => {
    const stage = requireStage(findMap(draft, mapId), stageId)
    for (const key of ['name', 'customerGoal', 'businessGoal'] as const) {
      const value = fields[key]
      if (value !== undefined && stage[key] !== clampText(value, LIMITS.shortText)) stage[key] = clampText(value, LIMITS.shortText)
    }
  }
}

export function renameStage(mapId: string, stageId: string, name: string): Command {
  return editStage(mapId, stageId, { name })
}

export function moveStage(mapId: string, stageId: string, toIndex: number): Command {
  return (draft) => moveItem(findMap(draft, mapId).stages, stageId, toIndex)
}

export function resizeStage(mapId: string, stageId: string, width: number): Command {
  return (draft) => {
    const stage = requireStage(findMap(draft, mapId), stageId)
    const next = clamp(width, STAGE_WIDTH.min, STAGE_WIDTH.max)
    if (stage.width !== next) stage.width = next
  }
}

/** Deletes a stage with its cards (and what points at them) and its emotion points. */
export function deleteStage(mapId: string, stageId: string): Command {
  return (draft) => {
    const map = findMap(draft, mapId)
    requireStage(map, stageId)
    removeCardsWhere(map, (c) => c.stageId === stageId)
    if (map.emotionPoints.some((p) => p.stageId === stageId)) {
      map.emotionPoints = map.emotionPoints.filter((p) => p.stageId !== stageId)
    }
    map.stages = map.stages.filter((s) => s.id !== stageId)
  }
}

export interface NewLane {
  kind: LaneKind
  title: string
  index?: number
  id?: string
}

export function addLane(mapId: string, seed: NewLane): Command {
  const id = seed.id ?? newId('l')
  return (draft) => {
    const map = findMap(draft, mapId)
    const lane = makeLane(seed.kind, clampText(seed.title, LIMITS.shortText), id)
    map.lanes.splice(clamp(seed.index ?? map.lanes.length, 0, map.lanes.length), 0, lane)
  }
}

export function renameLane(mapId: string, laneId: string, title: string): Command {
  return (draft) => {
    const lane = requireLane(findMap(draft, mapId), laneId)
    const next = clampText(title, LIMITS.shortText)
    if (lane.title !== next) lane.title = next
  }
}

export function setLaneKind(mapId: string, laneId: string, kind: LaneKind): Command {
  return (draft) => {
    const lane = requireLane(findMap(draft, mapId), laneId)
    if (lane.kind !== kind) lane.kind = kind
  }
}

export function moveLane(mapId: string, laneId: string, toIndex: number): Command {
  return (draft) => moveItem(findMap(draft, mapId).lanes, laneId, toIndex)
}

/** Sets the lane's minimum height; layout still grows it to fit its cards. */
export function resizeLane(mapId: string, laneId: string, height: number): Command {
  return (draft) => {
    const lane = requireLane(findMap(draft, mapId), laneId)
    const next = clamp(height, LANE_HEIGHT.min, LANE_HEIGHT.max)
    if (lane.height !== next) lane.height = next
  }
}

export function deleteLane(mapId: string, laneId: string): Command {
  return (draft) => {
    const map = findMap(draft, mapId)
    requireLane(map, laneId)
    removeCardsWhere(map, (c) => c.laneId === laneId)
    map.lanes = map.lanes.filter((l) => l.id !== laneId)
  }
}

/** Moves one record to `toIndex` (its index after the move). */
function moveItem<T extends { id: string }>(list: Draft<T>[], id: string, toIndex: number): void {
  const from = list.findIndex((item) => item.id === id)
  if (from < 0) return
  const to = clamp(Math.round(toIndex), 0, list.length - 1)
  if (from === to) return
  const [item] = list.splice(from, 1)
  if (item !== undefined) list.splice(to, 0, item)
}
