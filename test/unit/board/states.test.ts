/**
 * Every interaction state of the board, driven by scripted pointer and key
 * streams without a canvas: which state the board is in, and which edits it
 * issues (checked in the project those edits produce).
 */
import { describe, expect, it } from 'vitest'
import { addVotes } from '../../../shared/commands'
import { addButtons, emotionPlaceholders, linkHandle, scoreToY } from '../../../shared/layout'
import type { BoardPointer, InteractionState } from '../../../renderer/board/states/state'
import { FakeBoard, rectCenter } from './fake-board'

const labels = (b: FakeBoard) => b.issued.map((i) => i.label)

describe('idle → pointing a note → dragging notes', () => {
  it('drags a note to another cell: one move, the note lands there', () => {
    const b = new FakeBoard()
    const from = rectCenter(b.card('c1').rect)
    b.down(from)
    expect(b.state).toBe('pointing-note')
    expect(b.selectedCardIds).toEqual(['c1'])
    const to = b.cellCentre(2, 2)
    b.drag(from, to)
    expect(b.state).toBe('dragging-notes')
    expect(b.lifted).toEqual(['c1'])
    expect(b.machine.preview().dropIndicator).toBeTruthy()
    b.up(to)
    expect(b.state).toBe('idle')
    expect(b.lifted).toEqual([])
    expect(labels(b)).toEqual(['move'])
    const moved = b.map.cards.find((c) => c.id === 'c1')!
    expect([moved.stageId, moved.laneId]).toEqual([b.map.stages[2]!.id, b.map.lanes[2]!.id])
  })

  it('drags every selected note together', () => {
    const b = new FakeBoard()
    b.select(['c1', 'c3'])
    const from = rectCenter(b.card('c3').rect)
    b.down(from)
    b.drag(from, b.cellCentre(2, 0))
    b.up(b.cellCentre(2, 0))
    expect(b.cardIn(2, 0).map((c) => c.id).sort()).toEqual(['c1', 'c3'])
    expect(b.issued).toHaveLength(1)
  })

  it('Escape or a cancelled pointer puts the notes back: no edit', () => {
    const b = new FakeBoard()
    const from = rectCenter(b.card('c1').rect)
    b.down(from)
    b.drag(from, b.cellCentre(2, 2))
    expect(b.key('Escape')).toBe(true)
    expect(b.state).toBe('idle')
    b.up(b.cellCentre(2, 2))
    b.down(from)
    b.drag(from, b.cellCentre(1, 0))
    b.machine.cancel()
    expect(b.state).toBe('idle')
    expect(b.issued).toEqual([])
  })

  it('a note is never dropped into the emotions lane', () => {
    const b = new FakeBoard()
    const from = rectCenter(b.card('c1').rect)
    b.down(from)
    b.drag(from, b.cellCentre(1, 1))
    b.up(b.cellCentre(1, 1))
    expect(b.issued).toEqual([])
  })

  it('a click selects just that note; Shift+click toggles it in and out', () => {
    const b = new FakeBoard()
    b.select(['c2', 'c3'])
    b.click(rectCenter(b.card('c1').rect))
    expect(b.selectedCardIds).toEqual(['c1'])
    b.click(rectCenter(b.card('c3').rect), { shift: true })
    expect(b.selectedCardIds).toEqual(['c1', 'c3'])
    b.click(rectCenter(b.card('c1').rect), { mod: true })
    expect(b.selectedCardIds).toEqual(['c3'])
    expect(b.issued).toEqual([])
  })

  it('a press that wanders less than the threshold is still a click', () => {
    const b = new FakeBoard()
    const at = rectCenter(b.card('c1').rect)
    b.down(at)
    b.move({ x: at.x + 3, y: at.y + 2 })
    expect(b.state).toBe('pointing-note')
    b.up({ x: at.x + 3, y: at.y + 2 })
    expect(b.issued).toEqual([])
  })
})

describe('editing text', () => {
  it('double-click a note, type, Enter: one edit of its text', () => {
    const b = new FakeBoard()
    b.doubleClick(rectCenter(b.card('c1').rect))
    expect(b.state).toBe('editing-text')
    expect(b.editor.spec).toMatchObject({ kind: 'note', value: 'one', labelKey: 'board.editNote' })
    expect(b.editingCard).toBe('c1')
    b.editor.text = 'one, edited'
    expect(b.editor.key('Enter', { shift: true })).toBe(false)
    expect(b.editor.key('Enter')).toBe(true)
    expect(b.state).toBe('idle')
    expect(labels(b)).toEqual(['edit'])
    expect(b.map.cards.find((c) => c.id === 'c1')!.text).toBe('one, edited')
    expect(b.editingCard).toBeNull()
  })

  it('quick capture: type on a selected cell, Enter adds and opens the next, Escape keeps the last', () => {
    const b = new FakeBoard()
    b.click(b.cellCentre(2, 2))
    expect(b.selectedCell).toEqual({ stageId: b.map.stages[2]!.id, laneId: b.map.lanes[2]!.id })
    // The key opens the editor and is left to the browser, which types it there.
    expect(b.key('S')).toBe('typing')
    expect(b.state).toBe('editing-text')
    b.editor.text = 'Slow checkout'
    b.editor.key('Enter')
    expect(b.state).toBe('editing-text')
    b.editor.text = 'No guest option'
    b.editor.key('Enter')
    b.editor.text = 'Coupon field hidden'
    b.editor.key('Escape')
    expect(b.state).toBe('idle')
    expect(labels(b)).toEqual(['add', 'add', 'add'])
    expect(b.cardIn(2, 2).map((c) => c.text)).toEqual(['Slow checkout', 'No guest option', 'Coupon field hidden'])
    expect(b.selectedCardIds).toHaveLength(1)
    expect(b.focused).toBeGreaterThan(0)
  })

  it('Enter on an empty new note adds nothing', () => {
    const b = new FakeBoard()
    b.click(b.cellCentre(2, 2))
    b.key('Enter')
    expect(b.state).toBe('idle')
    b.edit({ kind: 'new', stageId: b.map.stages[2]!.id, laneId: b.map.lanes[2]!.id })
    b.editor.text = '   '
    b.editor.key('Enter')
    expect(b.issued).toEqual([])
  })

  it('typing on the emotions lane opens nothing (it holds a curve)', () => {
    const b = new FakeBoard()
    b.selectCell({ stageId: b.map.stages[2]!.id, laneId: b.map.lanes[1]!.id })
    expect(b.key('x')).toBe(false)
    expect(b.state).toBe('idle')
  })

  it('renaming a stage: Enter saves, Escape drops the change', () => {
    const b = new FakeBoard()
    const header = b.layout.stages[1]!.name
    b.doubleClick({ x: header.x + 20, y: header.y + 8 })
    expect(b.editor.spec).toMatchObject({ kind: 'line', value: 'B', labelKey: 'board.renameStage' })
    b.editor.text = 'Checkout'
    b.editor.key('Escape')
    expect(b.issued).toEqual([])
    b.doubleClick({ x: header.x + 20, y: header.y + 8 })
    b.editor.text = 'Checkout'
    b.editor.key('Enter')
    expect(labels(b)).toEqual(['structure'])
    expect(b.map.stages[1]!.name).toBe('Checkout')
  })

  it('a press on the board commits the text, then acts (selects what was pressed)', () => {
    const b = new FakeBoard()
    b.edit({ kind: 'card', cardId: 'c1' })
    b.editor.text = 'changed'
    b.down(rectCenter(b.card('c3').rect))
    expect(labels(b)).toEqual(['edit'])
    expect(b.state).toBe('pointing-note')
    expect(b.selectedCardIds).toEqual(['c3'])
  })

  it('focus leaving the editor keeps what was typed', () => {
    const b = new FakeBoard()
    b.edit({ kind: 'new', stageId: b.map.stages[2]!.id, laneId: b.map.lanes[0]!.id })
    b.editor.text = 'Typed before the blur'
    b.editor.spec!.onBlur()
    expect(b.state).toBe('idle')
    expect(b.cardIn(2, 0).map((c) => c.text)).toEqual(['Typed before the blur'])
    expect(b.focused).toBe(0)
  })

  it('an emotion point gets its reason by double-click', () => {
    const b = new FakeBoard()
    const point = b.layout.emotionCurves[0]!.points[0]!
    b.doubleClick(point)
    expect(b.editor.spec).toMatchObject({ kind: 'line', labelKey: 'board.emotionReason' })
    b.editor.text = ' Found the price too late '
    b.editor.key('Enter')
    expect(b.map.emotionPoints[0]!.reason).toBe('Found the price too late')
  })
})

describe('marquee, panning and pinching', () => {
  it('a drag on empty board brushes a marquee that selects the notes it touches', () => {
    const b = new FakeBoard()
    const c1 = b.card('c1').rect
    const c2 = b.card('c2').rect
    const c3 = b.card('c3').rect
    const start = { x: c1.x - 10, y: c1.y - 10 }
    b.down(start)
    expect(b.state).toBe('pointing-empty')
    b.drag(start, { x: c3.x + 5, y: c3.y + 5 })
    expect(b.state).toBe('brushing')
    expect(b.machine.preview().marquee!.width).toBeGreaterThan(0)
    expect([...b.selectedCardIds].sort()).toEqual(['c1', 'c3'])
    const end = { x: c3.x + 5, y: c2.y + 5 }
    b.move(end)
    expect([...b.selectedCardIds].sort()).toEqual(['c1', 'c2', 'c3'])
    b.up(end)
    expect(b.state).toBe('idle')
    expect(b.issued).toEqual([])
  })

  it('with Shift the marquee adds to the selection', () => {
    const b = new FakeBoard()
    b.select(['c3'])
    const c1 = b.card('c1').rect
    const start = { x: c1.x - 5, y: c1.y - 5 }
    b.down(start, { shift: true })
    b.drag(start, { x: c1.x + 20, y: c1.y + 20 }, { shift: true })
    expect([...b.selectedCardIds].sort()).toEqual(['c1', 'c3'])
  })

  it('middle button, Space + drag and one finger on empty board pan the board', () => {
    const b = new FakeBoard()
    const at = b.cellCentre(2, 2)
    b.down(at, { button: 1 })
    expect(b.state).toBe('panning')
    b.drag(at, { x: at.x - 100, y: at.y - 40 }, { button: 1 })
    b.up({ x: at.x - 100, y: at.y - 40 })
    expect(b.camera).toEqual({ x: 100, y: 40, scale: 1 })

    expect(b.key(' ')).toBe(true)
    b.down(at)
    expect(b.state).toBe('panning')
    b.up(at)
    b.keyUp(' ')
    b.down(at)
    expect(b.state).toBe('pointing-empty')
    b.up(at)

    b.down(at, { type: 'touch', id: 7 })
    b.drag(at, { x: at.x + 50, y: at.y }, { type: 'touch', id: 7 })
    expect(b.state).toBe('panning')
    b.up({ x: at.x + 50, y: at.y }, { type: 'touch', id: 7 })
    // The board follows the finger from where the pan began (past the few px of slop).
    expect(b.camera.x).toBeCloseTo(100 - 50 * (5 / 6))
    expect(b.issued).toEqual([])
  })

  it('two fingers on empty board pinch-zoom about their midpoint; with one on a note they do not', () => {
    const b = new FakeBoard()
    const a = b.cellCentre(2, 2)
    const c = { x: a.x + 100, y: a.y }
    b.down(a, { type: 'touch', id: 1 })
    b.down(c, { type: 'touch', id: 2 })
    expect(b.state).toBe('pinching')
    b.move({ x: c.x + 100, y: c.y }, { type: 'touch', id: 2 })
    expect(b.camera.scale).toBeCloseTo(2)
    b.up({ x: c.x + 100, y: c.y }, { type: 'touch', id: 2 })
    expect(b.state).toBe('idle')
    b.up(a, { type: 'touch', id: 1 })

    const n = new FakeBoard()
    n.down(rectCenter(n.card('c1').rect), { type: 'touch', id: 1 })
    n.down(n.cellCentre(2, 2), { type: 'touch', id: 2 })
    expect(n.state).toBe('pointing-note')
    expect(n.camera.scale).toBe(1)
  })
})

describe('emotion points', () => {
  it('dragging a face up raises the score in half steps: one edit on release', () => {
    const b = new FakeBoard()
    const point = b.layout.emotionCurves[0]!.points[0]!
    const area = b.layout.emotionCurves[0]!.area
    b.down(point)
    expect(b.state).toBe('dragging-emotion')
    const target = { x: point.x, y: scoreToY(area, 1.5) + 1 }
    b.drag(point, target)
    expect(b.machine.preview().emotionDrag).toMatchObject({ pointId: 'e1', score: 1.5 })
    b.up(target)
    expect(labels(b)).toEqual(['emotion'])
    expect(b.map.emotionPoints[0]!.score).toBe(1.5)
  })

  it('a hollow place dragged down becomes a point of that stage', () => {
    const b = new FakeBoard()
    const ghost = emotionPlaceholders(b.layout, b.map).find((g) => g.stageId === b.map.stages[2]!.id)!
    const area = b.layout.emotionCurves[0]!.area
    b.down(ghost)
    const target = { x: ghost.x, y: scoreToY(area, -2) }
    b.drag(ghost, target)
    expect(b.machine.preview().emotionDrag?.placeholder?.stageId).toBe(b.map.stages[2]!.id)
    b.up(target)
    expect(b.map.emotionPoints.find((p) => p.stageId === b.map.stages[2]!.id)?.score).toBe(-2)
  })
})

describe('arrows, headers and buttons', () => {
  it('an arrow drawn from a note’s handle to another note links them', () => {
    const b = new FakeBoard()
    b.select(['c1'])
    const handle = linkHandle(b.layout, 'c1', 1)!.center
    b.down(handle)
    expect(b.state).toBe('drawing-link')
    const to = rectCenter(b.card('c3').rect)
    b.drag(handle, to)
    expect(b.machine.preview().linkDraft).toEqual({ fromCardId: 'c1', to })
    b.up(to)
    expect(labels(b)).toEqual(['link'])
    expect(b.map.links).toMatchObject([{ fromCardId: 'c1', toCardId: 'c3' }])
    // Released on empty board or on itself: no arrow.
    b.select(['c1'])
    b.down(handle)
    b.up(b.cellCentre(2, 2))
    expect(b.map.links).toHaveLength(1)
  })

  it.each(['ltr', 'rtl'] as const)('a stage header dragged past the next stage moves it (%s)', (direction) => {
    const b = new FakeBoard(undefined, direction)
    const [a, s2] = b.layout.stages
    const from = { x: a!.x + a!.width / 2, y: 20 }
    b.down(from)
    expect(b.state).toBe('pointing-header')
    const past = { x: direction === 'ltr' ? s2!.x + s2!.width * 0.8 : s2!.x + s2!.width * 0.2, y: 20 }
    b.drag(from, past)
    expect(b.state).toBe('reordering')
    expect(b.machine.preview().headerDrop).toBeTruthy()
    b.up(past)
    expect(labels(b)).toEqual(['structure'])
    expect(b.map.stages.map((s) => s.name)).toEqual(['B', 'A', 'C'])
  })

  it('a lane header dragged to the bottom moves the lane last', () => {
    const b = new FakeBoard()
    const lane = b.layout.lanes[0]!
    const from = { x: lane.header.x + 40, y: lane.y + lane.height / 2 }
    b.down(from)
    const to = { x: from.x, y: b.layout.bounds.height - 5 }
    b.drag(from, to)
    b.up(to)
    expect(b.map.lanes.map((l) => l.title)).toEqual(['Feelings', 'Pain', 'Actions'])
  })

  it('a stage’s trailing edge resizes it: the outline follows, release sets the width', () => {
    const b = new FakeBoard()
    const s = b.layout.stages[0]!
    const edge = { x: s.x + s.width, y: 30 }
    b.down(edge)
    expect(b.state).toBe('resizing')
    b.drag(edge, { x: s.x + 500, y: 30 })
    expect(b.machine.preview().guides![0]!.width).toBe(500)
    b.up({ x: s.x + 500, y: 30 })
    expect(b.map.stages[0]!.width).toBe(500)
  })

  it('an add button acts on release over itself, like a button', () => {
    const b = new FakeBoard()
    const buttons = addButtons(b.layout, 1)
    b.click(rectCenter(buttons.stage))
    expect(b.added).toEqual(['stage'])
    b.down(rectCenter(buttons.lane))
    expect(b.state).toBe('pointing-button')
    b.up(b.cellCentre(2, 2))
    expect(b.added).toEqual(['stage'])
    b.click(rectCenter(buttons.lane))
    expect(b.added).toEqual(['stage', 'lane'])
  })
})

describe('modes', () => {
  /** A stand-in for a voting mode: a tap on a note places a dot. The board needs nothing else. */
  class DotVoting implements InteractionState {
    readonly name = 'voting'
    constructor(private readonly b: FakeBoard) {}
    pointerUp(e: BoardPointer): void {
      const hit = this.b.hitAt(e.world)
      if (hit.kind === 'card') this.b.apply(addVotes(this.b.map.id, hit.laid.cardId, 1), 'edit')
    }
  }

  it('a new mode is one new state set as the root: gestures end there, idle comes back', () => {
    const b = new FakeBoard()
    b.machine.setRoot(new DotVoting(b))
    expect(b.state).toBe('voting')
    b.click(rectCenter(b.card('c2').rect))
    b.click(rectCenter(b.card('c2').rect))
    expect(b.map.cards.find((c) => c.id === 'c2')!.votes).toBe(2)
    b.machine.setRoot(new (class extends DotVoting {})(b))
    b.machine.setRoot(b.machine.rootState)
    expect(b.state).toBe('voting')
  })
})
