import { describe, expect, it } from 'vitest'
import { addCard, applyCommand, editCardText, History, recolorCards, type Command } from '../../../shared/commands'
import type { Project } from '../../../shared/model'
import { cardById, emptyProject, ids } from './fixture'

/** A session: a project, a history and a fake clock, driven like the store drives them. */
function session() {
  let now = 0
  const history = new History({ now: () => now })
  let project: Project = emptyProject()
  const { mapId, stages, lanes } = ids(project)
  return {
    history,
    mapId,
    cell: { stageId: stages[0]!, laneId: lanes[0]! },
    get project() {
      return project
    },
    tick(ms: number) {
      now += ms
    },
    edit(command: Command, label = 'edit', coalesceKey?: string) {
      const result = applyCommand(project, command, label)
      project = result.project
      return history.push({ label, patches: result.patches, inversePatches: result.inversePatches, coalesceKey })
    },
    undo() {
      const step = history.undo(project)
      if (step) project = step.project
      return step
    },
    redo() {
      const step = history.redo(project)
      if (step) project = step.project
      return step
    },
  }
}

describe('History', () => {
  it('undoes and redoes steps in order and reports labels', () => {
    const s = session()
    const start = s.project
    s.edit(addCard(s.mapId, { ...s.cell, text: 'one', id: 'c1' }), 'Add card')
    const afterOne = s.project
    s.edit(editCardText(s.mapId, 'c1', 'uno'), 'Edit text')
    const afterTwo = s.project
    expect(s.history.undoLabel).toBe('Edit text')
    expect(s.undo()?.entry.label).toBe('Edit text')
    expect(s.project).toEqual(afterOne)
    expect(s.history.redoLabel).toBe('Edit text')
    s.undo()
    expect(s.project).toEqual(start)
    expect(s.history.canUndo).toBe(false)
    expect(s.undo()).toBeNull()
    s.redo()
    s.redo()
    expect(s.project).toEqual(afterTwo)
    expect(s.history.canRedo).toBe(false)
    expect(s.redo()).toBeNull()
  })

  it('ignores edits that changed nothing', () => {
    const s = session()
    expect(s.edit(() => {})).toBe(false)
    expect(s.history.canUndo).toBe(false)
    expect(s.history.isDirty).toBe(false)
  })

  it('is dirty exactly when away from the saved position', () => {
    const s = session()
    expect(s.history.isDirty).toBe(false)
    s.edit(addCard(s.mapId, { ...s.cell, text: 'a', id: 'c1' }))
    expect(s.history.isDirty).toBe(true)
    s.history.markSaved()
    expect(s.history.isDirty).toBe(false)
    s.edit(editCardText(s.mapId, 'c1', 'b'))
    expect(s.history.isDirty).toBe(true)
    s.undo()
    expect(s.history.isDirty).toBe(false) // back at the saved state
    s.undo()
    expect(s.history.isDirty).toBe(true) // before the saved state
    s.redo()
    expect(s.history.isDirty).toBe(false)
  })

  it('stays dirty for good once the saved state is cut off by a new branch', () => {
    const s = session()
    s.edit(addCard(s.mapId, { ...s.cell, text: 'a', id: 'c1' }))
    s.edit(editCardText(s.mapId, 'c1', 'saved'))
    s.history.markSaved()
    s.undo()
    s.edit(editCardText(s.mapId, 'c1', 'other branch'))
    expect(s.history.canRedo).toBe(false)
    expect(s.history.isDirty).toBe(true)
    s.undo()
    expect(s.history.isDirty).toBe(true)
  })

  it('coalesces typing into one card within the window into one undo step', () => {
    const s = session()
    s.edit(addCard(s.mapId, { ...s.cell, text: '', id: 'c1' }), 'Add card')
    const beforeTyping = s.project
    for (const text of ['H', 'He', 'Hel', 'Hell', 'Hello']) {
      s.tick(300)
      s.edit(editCardText(s.mapId, 'c1', text), 'Edit text', 'text:c1')
    }
    expect(s.history.undoDepth).toBe(2)
    s.tick(2000) // a pause: the next keystroke starts a new step
    s.edit(editCardText(s.mapId, 'c1', 'Hello!'), 'Edit text', 'text:c1')
    expect(s.history.undoDepth).toBe(3)
    s.undo()
    expect(cardById(s.project, 'c1').text).toBe('Hello')
    s.undo()
    expect(s.project).toEqual(beforeTyping)
    s.redo()
    expect(cardById(s.project, 'c1').text).toBe('Hello')
  })

  it('does not coalesce across a save, another key or another card', () => {
    const s = session()
    s.edit(addCard(s.mapId, { ...s.cell, text: '', id: 'c1' }))
    s.edit(addCard(s.mapId, { ...s.cell, text: '', id: 'c2' }))
    s.edit(editCardText(s.mapId, 'c1', 'a'), 'Edit', 'text:c1')
    s.history.markSaved()
    s.edit(editCardText(s.mapId, 'c1', 'ab'), 'Edit', 'text:c1')
    s.edit(editCardText(s.mapId, 'c2', 'x'), 'Edit', 'text:c2')
    expect(s.history.undoDepth).toBe(5)
    s.undo()
    s.undo()
    expect(s.history.isDirty).toBe(false)
    expect(cardById(s.project, 'c1').text).toBe('a')
  })

  it('does not join a keystroke to an older step right after undo', () => {
    const s = session()
    s.edit(addCard(s.mapId, { ...s.cell, text: '', id: 'c1' }), 'Add card')
    s.edit(editCardText(s.mapId, 'c1', 'a'), 'Edit', 'text:c1')
    s.edit(recolorCards(s.mapId, ['c1'], 'pink'), 'Colour')
    s.undo() // the typing step is on top again, and still within the window
    s.edit(editCardText(s.mapId, 'c1', 'aX'), 'Edit', 'text:c1')
    expect(s.history.undoDepth).toBe(3)
    s.undo()
    expect(cardById(s.project, 'c1').text).toBe('a')
  })

  it('keeps only label, patches and key of what it is given', () => {
    const s = session()
    const result = applyCommand(s.project, addCard(s.mapId, { ...s.cell, text: 'a' }), 'Add')
    s.history.push(result)
    const step = s.history.undo(result.project)!
    expect(Object.keys(step.entry).sort()).toEqual(['inversePatches', 'label', 'patches'])
  })

  it('clear() forgets everything and counts the current state as saved', () => {
    const s = session()
    s.edit(addCard(s.mapId, { ...s.cell, text: 'a' }))
    s.history.clear()
    expect(s.history.canUndo || s.history.canRedo || s.history.isDirty).toBe(false)
  })
})
