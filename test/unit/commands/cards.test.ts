import { describe, expect, it } from 'vitest'
import {
  addCard,
  addCardsFromText,
  addLink,
  addVotes,
  applyCommand,
  batch,
  CommandError,
  deleteCards,
  editCardText,
  moveCards,
  recolorCards,
  setCardFields,
  setEmotionPoint,
} from '../../../shared/commands'
import { LIMITS, type Project } from '../../../shared/model'
import { cardById, cellTexts, emptyProject, firstMap, ids, run } from './fixture'

/** A project with cards "a1".."aN" in the first cell (stage 0, lane 0). */
function withCards(texts: string[]): { project: Project; cardIds: string[] } {
  let project = emptyProject()
  const { mapId, stages, lanes } = ids(project)
  const cardIds: string[] = []
  for (const text of texts) {
    const command = addCard(mapId, { stageId: stages[0]!, laneId: lanes[0]!, text })
    project = run(project, command).project
    cardIds.push(command.createdIds[0]!)
  }
  return { project, cardIds }
}

describe('addCard', () => {
  it('appends to the end of its cell by default and after a given card when asked', () => {
    const { project, cardIds } = withCards(['one', 'two'])
    const { mapId, stages, lanes } = ids(project)
    const next = run(project, addCard(mapId, { stageId: stages[0]!, laneId: lanes[0]!, text: 'between', afterCardId: cardIds[0] })).project
    expect(cellTexts(next, stages[0]!, lanes[0]!)).toEqual(['one', 'between', 'two'])
  })

  it('uses the id it announces, and refuses unknown cells', () => {
    const project = emptyProject()
    const { mapId, stages, lanes } = ids(project)
    const command = addCard(mapId, { stageId: stages[1]!, laneId: lanes[1]!, text: 'x', id: 'card_fixed' })
    expect(command.createdIds).toEqual(['card_fixed'])
    expect(cardById(run(project, command).project, 'card_fixed').stageId).toBe(stages[1])
    expect(() => applyCommand(project, addCard(mapId, { stageId: 'nope', laneId: lanes[0]!, text: '' }), 'x')).toThrow(CommandError)
    expect(() => applyCommand(project, addCard('nomap', { stageId: stages[0]!, laneId: lanes[0]!, text: '' }), 'x')).toThrow(CommandError)
  })

  it('clamps text to the schema limit', () => {
    const project = emptyProject()
    const { mapId, stages, lanes } = ids(project)
    const next = run(project, addCard(mapId, { stageId: stages[0]!, laneId: lanes[0]!, text: 'x'.repeat(LIMITS.longText + 10) })).project
    expect(firstMap(next).cards[0]!.text.length).toBe(LIMITS.longText)
  })
})

describe('addCardsFromText', () => {
  it('makes one card per non-empty line, in order', () => {
    const project = emptyProject()
    const { mapId, stages, lanes } = ids(project)
    const command = addCardsFromText(mapId, { stageId: stages[2]!, laneId: lanes[1]! }, 'first\r\n\n  second  \nسوم\n')
    const next = run(project, command).project
    expect(command.createdIds).toHaveLength(3)
    expect(cellTexts(next, stages[2]!, lanes[1]!)).toEqual(['first', 'second', 'سوم'])
  })
})

describe('editCardText', () => {
  it('changes only the text, and an unchanged text makes no patch', () => {
    const { project, cardIds } = withCards(['old'])
    const { mapId } = ids(project)
    const result = run(project, editCardText(mapId, cardIds[0]!, 'new'))
    expect(cardById(result.project, cardIds[0]!).text).toBe('new')
    expect(result.patches).toEqual([{ op: 'replace', path: ['maps', 0, 'cards', 0, 'text'], value: 'new' }])
    const same = run(result.project, editCardText(mapId, cardIds[0]!, 'new'))
    expect(same.patches).toEqual([])
    expect(same.project).toBe(result.project)
  })
})

describe('deleteCards', () => {
  it('removes the cards, their links, emotion points on them and action-item references', () => {
    const { project: start, cardIds } = withCards(['a', 'b', 'c'])
    const { mapId, stages } = ids(start)
    let project = run(start, addLink(mapId, { fromCardId: cardIds[0]!, toCardId: cardIds[1]! })).project
    project = run(project, addLink(mapId, { fromCardId: cardIds[1]!, toCardId: cardIds[2]! })).project
    project = run(project, addLink(mapId, { fromCardId: cardIds[0]!, toCardId: cardIds[2]! })).project
    project = run(project, setEmotionPoint(mapId, { stageId: stages[0]!, cardId: cardIds[1]! }, { score: -1 })).project
    project = run(project, setEmotionPoint(mapId, { stageId: stages[0]! }, { score: 1 })).project
    project = {
      ...project,
      maps: [{ ...firstMap(project), actionItems: [{ id: 'act1', action: 'Fix', opportunityCardId: cardIds[1]!, impact: 'high', effort: 'low', priority: 1, status: 'todo' }] }],
    }
    const next = run(project, deleteCards(mapId, [cardIds[1]!, 'missing'])).project
    const map = firstMap(next)
    expect(map.cards.map((c) => c.id)).toEqual([cardIds[0], cardIds[2]])
    expect(map.links.map((l) => [l.fromCardId, l.toCardId])).toEqual([[cardIds[0], cardIds[2]]])
    expect(map.emotionPoints.map((p) => p.cardId)).toEqual([undefined])
    expect(map.actionItems[0]!.opportunityCardId).toBeUndefined()
    expect(map.actionItems[0]!.action).toBe('Fix')
  })
})

describe('recolorCards', () => {
  it('recolours many cards at once and ignores unknown ids', () => {
    const { project, cardIds } = withCards(['a', 'b', 'c'])
    const next = run(project, recolorCards(ids(project).mapId, [cardIds[0]!, cardIds[2]!, 'gone'], 'pink')).project
    expect(firstMap(next).cards.map((c) => c.color)).toEqual(['pink', 'yellow', 'pink'])
  })
})

describe('moveCards', () => {
  it('moves a card within its cell to a display gap index', () => {
    const { project, cardIds } = withCards(['a', 'b', 'c', 'd'])
    const { mapId, stages, lanes } = ids(project)
    const cell = { stageId: stages[0]!, laneId: lanes[0]! }
    // Drop "a" into the gap before "d" (index 3 as displayed, "a" included).
    const next = run(project, moveCards(mapId, [cardIds[0]!], { ...cell, index: 3 })).project
    expect(cellTexts(next, cell.stageId, cell.laneId)).toEqual(['b', 'c', 'a', 'd'])
    const toEnd = run(project, moveCards(mapId, [cardIds[1]!], { ...cell, index: 4 })).project
    expect(cellTexts(toEnd, cell.stageId, cell.laneId)).toEqual(['a', 'c', 'd', 'b'])
    const toStart = run(project, moveCards(mapId, [cardIds[3]!], { ...cell, index: 0 })).project
    expect(cellTexts(toStart, cell.stageId, cell.laneId)).toEqual(['d', 'a', 'b', 'c'])
  })

  it('moves several cards to another cell, keeping their order, and touches one field per card', () => {
    const { project: start, cardIds } = withCards(['a', 'b', 'c'])
    const { mapId, stages, lanes } = ids(start)
    const target = { stageId: stages[1]!, laneId: lanes[1]! }
    let project = run(start, addCard(mapId, { ...target, text: 'x' })).project
    project = run(project, addCard(mapId, { ...target, text: 'y' })).project
    const result = run(project, moveCards(mapId, [cardIds[2]!, cardIds[0]!], { ...target, index: 1 }))
    expect(cellTexts(result.project, target.stageId, target.laneId)).toEqual(['x', 'a', 'c', 'y'])
    expect(cellTexts(result.project, stages[0]!, lanes[0]!)).toEqual(['b'])
    expect(result.patches.every((p) => ['stageId', 'laneId', 'order'].includes(String(p.path.at(-1))))).toBe(true)
  })

  it('renumbers the cell when repeated inserts into one gap exhaust floating point', () => {
    const { project: start, cardIds } = withCards(['a', 'b', 'c'])
    const { mapId, stages, lanes } = ids(start)
    const cell = { stageId: stages[0]!, laneId: lanes[0]! }
    expect(firstMap(start).cards.map((c) => c.order)).toEqual([0, 1, 2])
    let project = start
    const expected = ['a', 'b', 'c']
    // Between 1 and 2 there are only ~52 halvings of room: 80 inserts force a renumbering.
    for (let i = 0; i < 80; i++) {
      project = run(project, addCard(mapId, { ...cell, text: `n${i}`, afterCardId: cardIds[1] })).project
      expected.splice(2, 0, `n${i}`)
    }
    expect(cellTexts(project, cell.stageId, cell.laneId)).toEqual(expected)
    expect(cardById(project, cardIds[2]!).order).not.toBe(2)
    const orders = firstMap(project).cards.map((c) => c.order)
    expect(new Set(orders).size).toBe(orders.length)
  })
})

describe('setCardFields', () => {
  it('sets and clears inspector fields on many cards', () => {
    const { project, cardIds } = withCards(['a', 'b'])
    const { mapId } = ids(project)
    const set = run(
      project,
      setCardFields(mapId, cardIds, {
        channelId: 'ch1',
        phase: 'purchase',
        moment: 'impact',
        teamIds: ['t1', 't1', 't2'],
        evidence: { source: 'interview', note: 'P3 said so' },
        emotionScore: 5,
        votes: 3.4,
        tags: [' checkout ', 'checkout', ''],
      }),
    ).project
    const card = cardById(set, cardIds[1]!)
    expect(card).toMatchObject({
      channelId: 'ch1',
      phase: 'purchase',
      moment: 'impact',
      teamIds: ['t1', 't2'],
      evidence: { source: 'interview', note: 'P3 said so' },
      emotionScore: 2,
      votes: 3,
      tags: ['checkout'],
    })
    const cleared = run(set, setCardFields(mapId, [cardIds[1]!], { channelId: null, phase: null, evidence: null, emotionScore: null })).project
    const plain = cardById(cleared, cardIds[1]!)
    expect('channelId' in plain || 'phase' in plain || 'evidence' in plain || 'emotionScore' in plain).toBe(false)
    expect(plain.moment).toBe('impact')
    expect(cardById(cleared, cardIds[0]!).channelId).toBe('ch1')
  })

  it('adds dot votes and never goes below zero', () => {
    const { project, cardIds } = withCards(['a'])
    const { mapId } = ids(project)
    const up = run(project, addVotes(mapId, cardIds[0]!, 2)).project
    expect(cardById(up, cardIds[0]!).votes).toBe(2)
    expect(cardById(run(up, addVotes(mapId, cardIds[0]!, -5)).project, cardIds[0]!).votes).toBe(0)
  })
})

describe('batch', () => {
  it('runs commands in order as one edit, later ones seeing what earlier ones did', () => {
    const { project, cardIds } = withCards(['a', 'b'])
    const { mapId, stages, lanes } = ids(project)
    const cell = { stageId: stages[0]!, laneId: lanes[0]! }
    const added = addCard(mapId, { ...cell, text: 'new' })
    const result = run(
      project,
      batch(
        added,
        moveCards(mapId, [added.createdIds[0]!], { ...cell, index: 0 }),
        addLink(mapId, { fromCardId: added.createdIds[0]!, toCardId: cardIds[1]! }),
        deleteCards(mapId, [cardIds[0]!]),
      ),
    )
    expect(cellTexts(result.project, cell.stageId, cell.laneId)).toEqual(['new', 'b'])
    expect(firstMap(result.project).links).toHaveLength(1)
  })
})
