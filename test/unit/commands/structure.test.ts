import { describe, expect, it } from 'vitest'
import {
  addCard,
  addLane,
  addLink,
  addStage,
  deleteLane,
  deleteStage,
  editStage,
  moveLane,
  moveStage,
  renameLane,
  renameStage,
  resizeLane,
  resizeStage,
  setEmotionPoint,
  setLaneKind,
} from '../../../shared/commands'
import type { Project } from '../../../shared/model'
import { emptyProject, firstMap, ids, run } from './fixture'

const stageNames = (p: Project) => firstMap(p).stages.map((s) => s.name)
const laneTitles = (p: Project) => firstMap(p).lanes.map((l) => l.title)

describe('stages', () => {
  it('adds at an index (default last), renames and edits goals', () => {
    const project = emptyProject()
    const { mapId } = ids(project)
    let next = run(project, addStage(mapId, { name: 'Search', index: 1, customerGoal: 'find it', id: 'st_new' })).project
    next = run(next, addStage(mapId, { name: 'Advocacy' })).project
    expect(stageNames(next)).toEqual(['Awareness', 'Search', 'Purchase', 'Loyalty', 'Advocacy'])
    next = run(next, renameStage(mapId, 'st_new', 'Research')).project
    next = run(next, editStage(mapId, 'st_new', { businessGoal: 'be found' })).project
    expect(firstMap(next).stages[1]).toMatchObject({ id: 'st_new', name: 'Research', customerGoal: 'find it', businessGoal: 'be found' })
  })

  it('reorders and resizes within the schema bounds', () => {
    const project = emptyProject()
    const { mapId, stages } = ids(project)
    const moved = run(project, moveStage(mapId, stages[0]!, 2)).project
    expect(stageNames(moved)).toEqual(['Purchase', 'Loyalty', 'Awareness'])
    const back = run(moved, moveStage(mapId, stages[0]!, -5)).project
    expect(stageNames(back)).toEqual(['Awareness', 'Purchase', 'Loyalty'])
    expect(firstMap(run(project, resizeStage(mapId, stages[1]!, 10)).project).stages[1]!.width).toBe(120)
    expect(firstMap(run(project, resizeStage(mapId, stages[1]!, 520)).project).stages[1]!.width).toBe(520)
  })

  it('deletes a stage with its cards, their links and its emotion points', () => {
    let project = emptyProject()
    const { mapId, stages, lanes } = ids(project)
    const keep = addCard(mapId, { stageId: stages[0]!, laneId: lanes[0]!, text: 'keep' })
    const doomed = addCard(mapId, { stageId: stages[1]!, laneId: lanes[1]!, text: 'doomed' })
    project = run(project, keep).project
    project = run(project, doomed).project
    project = run(project, addLink(mapId, { fromCardId: keep.createdIds[0]!, toCardId: doomed.createdIds[0]! })).project
    project = run(project, setEmotionPoint(mapId, { stageId: stages[1]! }, { score: -2 })).project
    project = run(project, setEmotionPoint(mapId, { stageId: stages[0]! }, { score: 1 })).project
    const next = run(project, deleteStage(mapId, stages[1]!)).project
    const map = firstMap(next)
    expect(map.stages.map((s) => s.id)).toEqual([stages[0], stages[2]])
    expect(map.cards.map((c) => c.text)).toEqual(['keep'])
    expect(map.links).toEqual([])
    expect(map.emotionPoints.map((p) => p.stageId)).toEqual([stages[0]])
  })
})

describe('lanes', () => {
  it('adds, renames, changes kind, reorders and resizes', () => {
    const project = emptyProject()
    const { mapId, lanes } = ids(project)
    let next = run(project, addLane(mapId, { kind: 'pain_points', title: 'Pain', index: 0, id: 'ln_pain' })).project
    expect(laneTitles(next)).toEqual(['Pain', 'Actions', 'Touchpoints', 'Emotions'])
    next = run(next, renameLane(mapId, 'ln_pain', 'Pain points')).project
    next = run(next, setLaneKind(mapId, 'ln_pain', 'opportunities')).project
    next = run(next, moveLane(mapId, 'ln_pain', 3)).project
    expect(laneTitles(next)).toEqual(['Actions', 'Touchpoints', 'Emotions', 'Pain points'])
    expect(firstMap(next).lanes[3]!.kind).toBe('opportunities')
    next = run(next, resizeLane(mapId, lanes[0]!, 99_999)).project
    expect(firstMap(next).lanes[0]!.height).toBe(4000)
  })

  it('deletes a lane with its cards', () => {
    let project = emptyProject()
    const { mapId, stages, lanes } = ids(project)
    project = run(project, addCard(mapId, { stageId: stages[0]!, laneId: lanes[0]!, text: 'gone' })).project
    project = run(project, addCard(mapId, { stageId: stages[0]!, laneId: lanes[1]!, text: 'stays' })).project
    const next = run(project, deleteLane(mapId, lanes[0]!)).project
    expect(firstMap(next).lanes.map((l) => l.id)).toEqual([lanes[1], lanes[2]])
    expect(firstMap(next).cards.map((c) => c.text)).toEqual(['stays'])
  })
})
