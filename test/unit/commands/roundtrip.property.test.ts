import fc from 'fast-check'
import { applyPatches } from 'immer'
import { describe, expect, it } from 'vitest'
import {
  addCard,
  addCardsFromText,
  addLane,
  addLink,
  addStage,
  addVotes,
  applyCommand,
  copyCards,
  deleteCards,
  deleteLane,
  deleteLinks,
  deleteStage,
  duplicateCards,
  editCardText,
  History,
  moveCards,
  moveLane,
  moveStage,
  pasteCards,
  recolorCards,
  renameMap,
  resizeLane,
  resizeStage,
  setCardFields,
  setEmotionPoint,
  type Command,
} from '../../../shared/commands'
import { NoteColor, Project } from '../../../shared/model'
import { emptyProject, firstMap } from './fixture'

/** An abstract step: picks are resolved against whatever the project holds when it runs. */
interface Step {
  kind: number
  a: number
  b: number
  c: number
  text: string
}

const KINDS = 20

function pick<T>(list: readonly T[], n: number): T | undefined {
  return list.length === 0 ? undefined : list[n % list.length]
}

/** Turns a step into a valid command for the project as it is now (undefined: nothing applicable). */
function resolve(project: Project, step: Step): Command | undefined {
  const map = firstMap(project)
  const mapId = map.id
  const stage = pick(map.stages, step.a)
  const lane = pick(map.lanes, step.b)
  const card = pick(map.cards, step.c)
  const other = pick(map.cards, step.a + step.b)
  const cell = stage && lane ? { stageId: stage.id, laneId: lane.id } : undefined
  switch (step.kind % KINDS) {
    case 0:
    case 1:
      return cell && addCard(mapId, { ...cell, text: step.text, afterCardId: step.a % 2 ? card?.id : undefined })
    case 2:
      return card && editCardText(mapId, card.id, step.text)
    case 3:
      return card && deleteCards(mapId, [card.id, ...(other ? [other.id] : [])])
    case 4:
      return card && duplicateCards(mapId, [card.id])
    case 5:
      return card && recolorCards(mapId, [card.id], NoteColor.options[step.a % NoteColor.options.length]!)
    case 6:
    case 7:
      return card && cell && moveCards(mapId, [card.id], { ...cell, index: step.c % 5 })
    case 8:
      return card && setCardFields(mapId, [card.id], { votes: step.a % 7, emotionScore: (step.b % 5) - 2, tags: [step.text], phase: step.c % 2 ? 'purchase' : null })
    case 9:
      return card && other && addLink(mapId, { fromCardId: card.id, toCardId: other.id })
    case 10:
      return map.links.length > 0 ? deleteLinks(mapId, [pick(map.links, step.a)!.id]) : undefined
    case 11:
      return stage && setEmotionPoint(mapId, { stageId: stage.id, ...(step.b % 2 && card ? { cardId: card.id } : {}) }, { score: (step.c % 5) - 2, reason: step.text })
    case 12:
      return addStage(mapId, { name: step.text, index: step.a % 5 })
    case 13:
      return map.stages.length > 1 && stage ? deleteStage(mapId, stage.id) : undefined
    case 14:
      return stage && (step.b % 2 ? moveStage(mapId, stage.id, step.c % 4) : resizeStage(mapId, stage.id, 100 + step.c * 37))
    case 15:
      return addLane(mapId, { kind: 'pain_points', title: step.text, index: step.a % 4 })
    case 16:
      return map.lanes.length > 1 && lane ? deleteLane(mapId, lane.id) : undefined
    case 17:
      return lane && (step.a % 2 ? moveLane(mapId, lane.id, step.c % 4) : resizeLane(mapId, lane.id, 50 + step.c * 41))
    case 18:
      return card && cell ? pasteCards(mapId, copyCards(map, [card.id, ...(other ? [other.id] : [])]), { ...cell, index: step.b % 3 }) : undefined
    default:
      return step.a % 3 === 0 ? renameMap(mapId, step.text) : card ? addVotes(mapId, card.id, (step.b % 5) - 2) : cell && addCardsFromText(mapId, cell, `${step.text}\n${step.text}!`)
  }
}

const stepArb: fc.Arbitrary<Step> = fc.record({
  kind: fc.nat(KINDS * 10),
  a: fc.nat(1000),
  b: fc.nat(1000),
  c: fc.nat(1000),
  text: fc.string({ maxLength: 12 }),
})

describe('every command is undoable (random sequences)', () => {
  it('undoing everything gives back the original project; redoing everything gives the final one', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { minLength: 1, maxLength: 40 }), (steps) => {
        const original = emptyProject()
        const history = new History({ now: () => 0, coalesceMs: -1 })
        let project = original
        for (const step of steps) {
          const command = resolve(project, step)
          if (!command) continue
          const result = applyCommand(project, command, `step ${step.kind % KINDS}`)
          expect(Project.safeParse(result.project).success).toBe(true)
          expect(applyPatches(result.project, result.inversePatches)).toEqual(project)
          project = result.project
          history.push(result)
        }
        const final = project
        while (history.canUndo) project = history.undo(project)!.project
        expect(project).toEqual(original)
        expect(history.isDirty).toBe(false)
        while (history.canRedo) project = history.redo(project)!.project
        expect(project).toEqual(final)
      }),
      { numRuns: 150 },
    )
  })
})
