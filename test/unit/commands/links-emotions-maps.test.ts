import { describe, expect, it } from 'vitest'
import {
  addCard,
  addLink,
  addMap,
  addMapFromTemplate,
  applyCommand,
  CommandError,
  deleteEmotionPoint,
  deleteLinks,
  deleteMap,
  renameMap,
  renameProject,
  setEmotionPoint,
  setLinkLabel,
} from '../../../shared/commands'
import { makeMap } from '../../../shared/model'
import { englishDefaults } from '../../../shared/templates'
import { emptyProject, firstMap, ids, run } from './fixture'

function twoCards() {
  let project = emptyProject()
  const { mapId, stages, lanes } = ids(project)
  const a = addCard(mapId, { stageId: stages[0]!, laneId: lanes[1]!, text: 'A' })
  const b = addCard(mapId, { stageId: stages[2]!, laneId: lanes[1]!, text: 'B' })
  project = run(run(project, a).project, b).project
  return { project, mapId, stages, a: a.createdIds[0]!, b: b.createdIds[0]! }
}

describe('links', () => {
  it('adds, labels and deletes arrows; refuses self-links and duplicates silently', () => {
    const { project, mapId, a, b } = twoCards()
    let next = run(project, addLink(mapId, { fromCardId: a, toCardId: b, id: 'lk1' })).project
    expect(run(next, addLink(mapId, { fromCardId: a, toCardId: b })).patches).toEqual([])
    expect(run(next, addLink(mapId, { fromCardId: a, toCardId: a })).patches).toEqual([])
    next = run(next, addLink(mapId, { fromCardId: b, toCardId: a, id: 'lk2' })).project
    next = run(next, setLinkLabel(mapId, 'lk1', 'jumps to')).project
    expect(firstMap(next).links.map((l) => [l.id, l.label])).toEqual([
      ['lk1', 'jumps to'],
      ['lk2', ''],
    ])
    next = run(next, deleteLinks(mapId, ['lk1'])).project
    expect(firstMap(next).links.map((l) => l.id)).toEqual(['lk2'])
    expect(() => applyCommand(project, addLink(mapId, { fromCardId: a, toCardId: 'nope' }), 'x')).toThrow(CommandError)
  })
})

describe('emotion points', () => {
  it('creates the point on first touch, then updates score and reason separately', () => {
    const { project, mapId, stages, a } = twoCards()
    let next = run(project, setEmotionPoint(mapId, { stageId: stages[0]! }, { reason: 'curious' })).project
    expect(firstMap(next).emotionPoints).toMatchObject([{ stageId: stages[0], score: 0, reason: 'curious' }])
    next = run(next, setEmotionPoint(mapId, { stageId: stages[0]! }, { score: -3 })).project
    expect(firstMap(next).emotionPoints).toMatchObject([{ score: -2, reason: 'curious' }])
    next = run(next, setEmotionPoint(mapId, { stageId: stages[0]!, cardId: a }, { score: 1.5 })).project
    const points = firstMap(next).emotionPoints
    expect(points).toHaveLength(2)
    expect(points[1]).toMatchObject({ cardId: a, score: 1.5 })
    next = run(next, deleteEmotionPoint(mapId, points[0]!.id)).project
    expect(firstMap(next).emotionPoints.map((p) => p.cardId)).toEqual([a])
  })
})

describe('maps and project', () => {
  it('renames the project and a map', () => {
    const project = emptyProject()
    const next = run(run(project, renameProject('Shop 2026')).project, renameMap(ids(project).mapId, 'Checkout v2')).project
    expect(next.name).toBe('Shop 2026')
    expect(firstMap(next).name).toBe('Checkout v2')
  })

  it('adds a map from a template and another ready-made map; keeps at least one map', () => {
    const project = emptyProject()
    const fromTemplate = addMapFromTemplate('fiveStage', englishDefaults)
    let next = run(project, fromTemplate).project
    expect(next.maps).toHaveLength(2)
    expect(next.maps[1]!.id).toBe(fromTemplate.createdIds[0])
    expect(next.maps[1]!.stages.map((s) => s.name)).toEqual(['Awareness', 'Consideration', 'Purchase', 'Retention', 'Advocacy'])
    next = run(next, addMap(makeMap('Future', [], []), 0)).project
    expect(next.maps.map((m) => m.name)).toEqual(['Future', 'Checkout', 'Five-stage journey'])
    next = run(next, deleteMap(next.maps[0]!.id)).project
    next = run(next, deleteMap(next.maps[0]!.id)).project
    expect(() => applyCommand(next, deleteMap(next.maps[0]!.id), 'x')).toThrow(CommandError)
  })
})
