import { isDraft, isModified, original, type Draft } from 'immer'
import type { Card, JourneyMap, Lane, Project, Stage } from '../model'
import { CommandError } from './apply'

type MapDraft = Draft<JourneyMap>

export function findMap(draft: Draft<Project>, mapId: string): MapDraft {
  const map = draft.maps.find((m) => m.id === mapId)
  if (!map) throw new CommandError(`no map ${mapId}`)
  return map
}

/**
 * The plain records behind a draft list, for read-only scans and filtering.
 * Reading a draft array element by element makes immer create a proxy per
 * element, which costs milliseconds on a 5,000-card map — too slow for a
 * keystroke. The base is only valid while this recipe has not changed the
 * list (a change anywhere below marks the list modified), so fall back then.
 */
export function readList<T>(list: Draft<T>[]): readonly T[] {
  if (isDraft(list) && !isModified(list)) return (original as (value: unknown) => unknown)(list) as T[]
  return list as unknown as readonly T[]
}

export function indexById<T extends { id: string }>(list: Draft<T>[], id: string): number {
  return readList<T>(list).findIndex((item) => item.id === id)
}

export function findCard(map: MapDraft, cardId: string): Draft<Card> | undefined {
  const i = indexById(map.cards, cardId)
  return i >= 0 ? map.cards[i] : undefined
}

export function requireStage(map: MapDraft, stageId: string): Draft<Stage> {
  const stage = map.stages.find((s) => s.id === stageId)
  if (!stage) throw new CommandError(`no stage ${stageId} in map ${map.id}`)
  return stage
}

export function requireLane(map: MapDraft, laneId: string): Draft<Lane> {
  const lane = map.lanes.find((l) => l.id === laneId)
  if (!lane) throw new CommandError(`no lane ${laneId} in map ${map.id}`)
  return lane
}

/** Keeps user text within the schema limits so an edit can never make the project invalid. */
export function clampText(text: string, max: number): string {
  return text.length > max ? text.slice(0, max) : text
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value))
}
