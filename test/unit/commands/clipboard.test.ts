import { describe, expect, it } from 'vitest'
import { addCard, addLink, applyCommand, CommandError, copyCards, duplicateCards, pasteCards, setCardFields } from '../../../shared/commands'
import type { Project } from '../../../shared/model'
import { cardById, cellTexts, emptyProject, firstMap, ids, run } from './fixture'

function linkedCards(): { project: Project; a: string; b: string; c: string } {
  let project: Project = { ...emptyProject(), teams: [{ id: 'team_cx', name: 'CX', color: '#123456' }] }
  const { mapId, stages, lanes } = ids(project)
  const made: string[] = []
  for (const [text, s] of [['A', 0], ['B', 0], ['C', 1]] as const) {
    const command = addCard(mapId, { stageId: stages[s]!, laneId: lanes[0]!, text })
    project = run(project, command).project
    made.push(command.createdIds[0]!)
  }
  const [a, b, c] = made as [string, string, string]
  project = run(project, addLink(mapId, { fromCardId: a, toCardId: b })).project
  project = run(project, addLink(mapId, { fromCardId: b, toCardId: c })).project
  project = run(project, setCardFields(mapId, [a], { teamIds: ['team_cx', 'team_elsewhere'], channelId: 'ch_x', tags: ['t'] })).project
  return { project, a, b, c }
}

describe('copy and paste', () => {
  it('pastes with fresh ids into one cell at an index, re-pointing internal links only', () => {
    const { project, a, b } = linkedCards()
    const { mapId, stages, lanes } = ids(project)
    const clip = copyCards(firstMap(project), [b, a])
    expect(clip.cards.map((c) => c.text)).toEqual(['A', 'B'])
    expect(clip.links).toHaveLength(1) // b → c leaves the selection
    const target = { stageId: stages[2]!, laneId: lanes[1]! }
    let next = run(project, addCard(mapId, { ...target, text: 'existing' })).project
    const paste = pasteCards(mapId, JSON.parse(JSON.stringify(clip)), { ...target, index: 0 })
    next = run(next, paste).project
    expect(cellTexts(next, target.stageId, target.laneId)).toEqual(['A', 'B', 'existing'])
    const [newA, newB] = paste.createdIds as [string, string]
    expect([newA, newB].some((id) => id === a || id === b)).toBe(false)
    const newLinks = firstMap(next).links.filter((l) => l.fromCardId === newA)
    expect(newLinks.map((l) => l.toCardId)).toEqual([newB])
    // Same project: its own team stays; unknown team and channel references are dropped.
    expect(cardById(next, newA).teamIds).toEqual(['team_cx'])
    expect(cardById(next, newA).channelId).toBeUndefined()
    expect(cardById(next, newA).tags).toEqual(['t'])
  })

  it('rejects clipboard content that is not cards, changing nothing', () => {
    const project = emptyProject()
    const { mapId, stages, lanes } = ids(project)
    expect(() => pasteCards(mapId, { cards: [{ id: '__proto__', text: 1 }] }, { stageId: stages[0]!, laneId: lanes[0]! })).toThrow(CommandError)
    expect(() => applyCommand(project, pasteCards(mapId, { cards: [] }, { stageId: 'x', laneId: lanes[0]! }), 'p')).toThrow(CommandError)
  })
})

describe('duplicateCards', () => {
  it('puts each copy right after its original, with links among the copies', () => {
    const { project, a, b } = linkedCards()
    const { mapId, stages, lanes } = ids(project)
    const command = duplicateCards(mapId, [a, b])
    const next = run(project, command).project
    expect(cellTexts(next, stages[0]!, lanes[0]!)).toEqual(['A', 'A', 'B', 'B'])
    const [copyA, copyB] = command.createdIds as [string, string]
    expect(cardById(next, copyA)).toMatchObject({ text: 'A', teamIds: ['team_cx', 'team_elsewhere'], tags: ['t'] })
    const links = firstMap(next).links
    expect(links.filter((l) => l.fromCardId === copyA).map((l) => l.toCardId)).toEqual([copyB])
    expect(links).toHaveLength(3)
  })
})
