/**
 * Idle: nothing pressed. Hovering shows what a press would do (cursor,
 * note outline); a press picks the next state from what is under it;
 * Space held turns the left button into a hand; typing on a selected cell
 * or note starts writing (quick capture).
 */
import type { BoardHit } from '../../../shared/layout'
import { DrawingLink } from './drawing-link'
import { DraggingEmotion } from './dragging-emotion'
import { Panning } from './panning'
import { PointingButton } from './pointing-button'
import { PointingEmpty } from './pointing-empty'
import { PointingHeader } from './pointing-header'
import { PointingNote } from './pointing-note'
import { Resizing } from './resizing'
import type { BoardContext, BoardKey, BoardPointer, InteractionState, KeyResult } from './state'

const CURSORS: Partial<Record<BoardHit['kind'], string>> = {
  'stage-edge': 'ew-resize',
  'lane-edge': 'ns-resize',
  emotion: 'ns-resize',
  'link-handle': 'crosshair',
  card: 'grab',
  'add-stage': 'pointer',
  'add-lane': 'pointer',
}

export class Idle implements InteractionState {
  readonly name = 'idle'

  constructor(private readonly ctx: BoardContext) {}

  pointerMove(e: BoardPointer): void {
    if (e.type !== 'mouse') return
    const hit = this.ctx.hitAt(e.world)
    this.ctx.setHover(hit.kind === 'card' ? hit.laid.cardId : null)
    this.ctx.setCursor(CURSORS[hit.kind] ?? (this.ctx.spaceHeld ? 'grab' : 'default'))
  }

  pointerDown(e: BoardPointer): void {
    const ctx = this.ctx
    if (e.button === 1 || (e.button === 0 && ctx.spaceHeld)) {
      ctx.transition(new Panning(ctx, e.id, e.screen))
      return
    }
    if (e.button !== 0) return
    const hit = ctx.hitAt(e.world)
    const multi = e.shift || e.mod
    switch (hit.kind) {
      case 'link-handle':
        ctx.transition(new DrawingLink(ctx, e.id, hit.cardId, e.world))
        break
      case 'emotion':
        ctx.transition(new DraggingEmotion(ctx, e, hit))
        break
      case 'card': {
        const id = hit.laid.cardId
        const selected = ctx.selectedCardIds
        let toggled = false
        if (multi) {
          ctx.select(selected.includes(id) ? selected.filter((x) => x !== id) : [...selected, id])
          toggled = true
        } else if (!selected.includes(id)) ctx.select([id])
        ctx.transition(new PointingNote(ctx, e, id, toggled))
        break
      }
      case 'stage-edge':
        ctx.transition(new Resizing(ctx, e.id, 'stage', hit.stageId))
        break
      case 'lane-edge':
        ctx.transition(new Resizing(ctx, e.id, 'lane', hit.laneId))
        break
      case 'stage':
        ctx.transition(new PointingHeader(ctx, e, 'stage', hit.stageId))
        break
      case 'lane':
        ctx.transition(new PointingHeader(ctx, e, 'lane', hit.laneId))
        break
      case 'add-stage':
      case 'add-lane':
        ctx.transition(new PointingButton(ctx, e.id, hit.kind))
        break
      case 'cell':
      case 'none':
        if (hit.kind === 'cell' && !multi) ctx.selectCell({ stageId: hit.hit.stageId, laneId: hit.hit.laneId })
        else if (!multi) ctx.clearSelection()
        ctx.transition(new PointingEmpty(ctx, e))
        break
    }
  }

  keyDown(e: BoardKey): KeyResult {
    const ctx = this.ctx
    if (e.key === ' ' && !e.mod) {
      ctx.setSpaceHeld(true)
      return true
    }
    if (e.mod || e.alt) return false
    // Quick capture: typing on a selected cell starts a new note. The editor takes focus during this
    // keydown, so the character (or the IME composition it starts) lands in the editor itself.
    const cell = ctx.selectedCell
    if (cell && (e.key.length === 1 || e.key === 'Process' || e.key === 'Unidentified')) {
      const lane = ctx.layout.lanes.find((l) => l.laneId === cell.laneId)
      if (lane?.kind === 'emotions') return false
      ctx.edit({ kind: 'new', ...cell }, '')
      return 'typing'
    }
    // Typing on a selected note edits it, appending (never silently replacing what the room wrote).
    if (ctx.selectedCardIds.length === 1 && e.key.length === 1) {
      ctx.edit({ kind: 'card', cardId: ctx.selectedCardIds[0]! })
      return 'typing'
    }
    return false
  }

  keyUp(e: BoardKey): void {
    if (e.key === ' ') this.ctx.setSpaceHeld(false)
  }
}
