/**
 * Editing text in place: a note (existing or new), a stage or lane name, an
 * emotion point's reason. Enter commits (a new note opens the next one in the
 * same cell: quick capture), Shift+Enter is a newline, Escape and Tab end
 * writing and keep what was typed (nothing said in a workshop is lost), a
 * name's Escape drops the change. A press on the board commits, then acts.
 */
import { addCard, editCardText, renameLane, renameStage, setEmotionPoint } from '../../../shared/commands'
import { cellKey, faceRadius, slotRect, type MapLayout, type Rect } from '../../../shared/layout'
import { NOTE_PAPER } from '../../../shared/look'
import type { BoardContext, BoardKey, BoardPointer, EditorTarget, InteractionState } from './state'

/** Where the editor for a target sits (board units). */
export function editorRect(layout: MapLayout, target: EditorTarget, scale: number): Rect | null {
  switch (target.kind) {
    case 'card':
      return layout.cardsById.get(target.cardId)?.rect ?? null
    case 'new': {
      const cell = layout.cellsByKey.get(cellKey(target.stageId, target.laneId))
      if (!cell) return null
      const after = target.afterCardId ? cell.cardIds.indexOf(target.afterCardId) : -1
      const index = after >= 0 ? after + 1 : cell.cardIds.length
      return slotRect(cell.rect, cell.flow, index, layout.direction === 'rtl')
    }
    case 'stage':
      return layout.stages.find((s) => s.stageId === target.stageId)?.name ?? null
    case 'lane': {
      const lane = layout.lanes.find((l) => l.laneId === target.laneId)
      return lane ? { x: lane.header.x + 12, y: lane.header.y + 42, width: lane.header.width - 24, height: 30 } : null
    }
    case 'emotion': {
      for (const curve of layout.emotionCurves) {
        const p = curve.points.find((x) => x.point.id === target.pointId)
        if (p) return { x: p.x - 110, y: p.y + faceRadius(scale).draw + 4, width: 220, height: 30 }
      }
      return null
    }
  }
}

export class EditingText implements InteractionState {
  readonly name = 'editing-text'
  private open = false

  constructor(
    private readonly ctx: BoardContext,
    readonly target: EditorTarget,
    private readonly initial?: string,
  ) {}

  enter(): void {
    const { ctx, target } = this
    const map = ctx.map
    const rect = () => editorRect(ctx.layout, target, ctx.camera.scale)
    const onKey = (key: BoardKey) => this.key(key)
    // Focus went elsewhere (a panel, another window): keep the text, leave focus where the user put it.
    const onBlur = () => this.commit(false, true, false)
    ctx.closeContextMenu()
    if (target.kind === 'card' || target.kind === 'new') {
      const card = target.kind === 'card' ? map.cards.find((c) => c.id === target.cardId) : undefined
      if (target.kind === 'card' && !card) {
        ctx.toRoot()
        return
      }
      if (target.kind === 'card') {
        ctx.select([target.cardId])
        ctx.setEditingCard(target.cardId)
      } else ctx.selectCell({ stageId: target.stageId, laneId: target.laneId })
      this.open = true
      ctx.editor.open({ kind: 'note', value: this.initial ?? card?.text ?? '', background: NOTE_PAPER[card?.color ?? 'yellow'], labelKey: 'board.editNote', rect, onKey, onBlur })
    } else {
      const value =
        target.kind === 'stage'
          ? (map.stages.find((s) => s.id === target.stageId)?.name ?? '')
          : target.kind === 'lane'
            ? (map.lanes.find((l) => l.id === target.laneId)?.title ?? '')
            : (map.emotionPoints.find((p) => p.id === target.pointId)?.reason ?? '')
      const labelKey = target.kind === 'stage' ? 'board.renameStage' : target.kind === 'lane' ? 'board.renameLane' : 'board.emotionReason'
      this.open = true
      ctx.editor.open({ kind: 'line', value, labelKey, placeholderKey: target.kind === 'emotion' ? 'board.emotionReason' : undefined, rect, onKey, onBlur })
    }
    const r = rect()
    if (r) ctx.reveal(r)
    ctx.redraw('overlay')
  }

  exit(): void {
    // Leaving by any other way than commit/cancel (a mode switch) keeps the text too.
    if (this.open) this.commit(false, false)
  }

  pointerDown(e: BoardPointer): void {
    this.commit(false)
    this.ctx.forward(e)
  }

  cancel(): void {
    this.commit(false)
  }

  private key(e: BoardKey): boolean {
    const note = this.target.kind === 'card' || this.target.kind === 'new'
    if (e.key === 'Enter' && !e.composing && !(note && e.shift)) {
      this.commit(this.target.kind === 'new')
      return true
    }
    if (e.key === 'Escape' && !e.composing) {
      if (note) this.commit(false)
      else this.dismiss()
      return true
    }
    if (e.key === 'Tab' && note) {
      this.commit(false)
      return true
    }
    return false
  }

  /** Leaves without saving (a name's Escape). */
  private dismiss(): void {
    this.open = false
    this.ctx.editor.close()
    this.ctx.toRoot()
    this.ctx.focusBoard()
  }

  /**
   * Saves what was typed and leaves; `capture` opens the next new note in the
   * same cell. `leave` is false when the machine is already leaving this state.
   */
  private commit(capture: boolean, leave = true, refocus = true): void {
    if (!this.open) return
    this.open = false
    const { ctx, target } = this
    const mapId = ctx.map.id
    const text = ctx.editor.value()
    ctx.editor.close()
    let next: EditorTarget | null = null
    if (target.kind === 'card' || target.kind === 'new') {
      ctx.setEditingCard(null)
      if (target.kind === 'card') {
        const card = ctx.map.cards.find((c) => c.id === target.cardId)
        if (card && card.text !== text) ctx.apply(editCardText(mapId, target.cardId, text), 'edit')
      } else if (text.trim()) {
        const command = addCard(mapId, { stageId: target.stageId, laneId: target.laneId, text: text.replace(/\s+$/u, ''), afterCardId: target.afterCardId })
        if (ctx.apply(command, 'add')) {
          if (capture) next = { kind: 'new', stageId: target.stageId, laneId: target.laneId, afterCardId: command.createdIds[0] }
          else ctx.select(command.createdIds)
        }
      } else ctx.selectCell({ stageId: target.stageId, laneId: target.laneId })
    } else {
      const value = text.trim()
      if (target.kind === 'emotion') ctx.apply(setEmotionPoint(mapId, { stageId: target.stageId, cardId: target.cardId }, { reason: value }), 'emotion')
      else if (value) ctx.apply(target.kind === 'stage' ? renameStage(mapId, target.stageId, value) : renameLane(mapId, target.laneId, value), 'structure')
    }
    ctx.redraw('overlay')
    if (!leave) return
    if (next) ctx.transition(new EditingText(ctx, next))
    else {
      ctx.toRoot()
      if (refocus) ctx.focusBoard()
    }
  }
}
