import { applyPatches } from 'immer'
import { expect } from 'vitest'
import { applyCommand, type Command, type CommandResult } from '../../../shared/commands'
import { makeMap, makeProject, Project, type Card, type JourneyMap } from '../../../shared/model'

/** A small project: 3 stages × 3 lanes (actions, touchpoints, emotions), no cards. */
export function emptyProject(): Project {
  const map = makeMap(
    'Checkout',
    [{ name: 'Awareness' }, { name: 'Purchase' }, { name: 'Loyalty' }],
    [
      { kind: 'actions', title: 'Actions' },
      { kind: 'touchpoints', title: 'Touchpoints' },
      { kind: 'emotions', title: 'Emotions' },
    ],
  )
  return makeProject('Shop', map, new Date(0))
}

export function firstMap(project: Project): JourneyMap {
  const map = project.maps[0]
  if (!map) throw new Error('no map')
  return map
}

export function ids(project: Project) {
  const map = firstMap(project)
  return {
    mapId: map.id,
    stages: map.stages.map((s) => s.id),
    lanes: map.lanes.map((l) => l.id),
  }
}

/** Cards of a cell in display order. */
export function cellTexts(project: Project, stageId: string, laneId: string): string[] {
  return firstMap(project)
    .cards.filter((c) => c.stageId === stageId && c.laneId === laneId)
    .sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1))
    .map((c) => c.text)
}

export function cardById(project: Project, id: string): Card {
  const card = firstMap(project).cards.find((c) => c.id === id)
  if (!card) throw new Error(`no card ${id}`)
  return card
}

/**
 * Applies a command and checks what every edit must guarantee: the result
 * still satisfies the schema, and its inverse patches give back exactly the
 * project it started from.
 */
export function run(project: Project, command: Command, label = 'test'): CommandResult {
  const result = applyCommand(project, command, label)
  const parsed = Project.safeParse(result.project)
  expect(parsed.success, parsed.success ? '' : parsed.error.message).toBe(true)
  expect(applyPatches(result.project, result.inversePatches)).toEqual(project)
  expect(applyPatches(project, result.patches)).toEqual(result.project)
  return result
}
