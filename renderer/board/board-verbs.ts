/**
 * What the board's actions do (renderer/board/actions.ts): edits of the
 * selection, clipboard, structure, navigation. Each reads the shown map and
 * the selection, and edits through the document's history.
 */
import {
  addCardsFromText,
  addLane,
  addStage,
  copyCards,
  deleteCards,
  deleteEmotionPoint,
  deleteLane,
  deleteLinks,
  deleteStage,
  duplicateCards,
  pasteCards,
  recolorCards,
} from '../../shared/commands'
import { insertionPoint, neighbourCard, neighbourCell, type ArrowDirection } from '../../shared/layout'
import { newId, type NoteColor } from '../../shared/model'
import type { BoardShell } from './board-shell'
import { toScreen, viewportRect } from './camera/camera'

export const CLIPBOARD_MIME = 'application/x-journeywall+json'

export class BoardVerbs {
  constructor(private readonly board: BoardShell) {}

  private get ctx() {
    return this.board.context
  }

  private get map() {
    return this.board.scene.map
  }

  private t(key: string, options?: Record<string, unknown>): string {
    return this.board.deps.i18n.t(key, options)
  }

  private selected(): readonly string[] {
    return this.board.deps.selection.getState().selectedCardIds
  }

  deleteSelection(): void {
    const ids = this.selected()
    if (!this.map || ids.length === 0) return
    this.ctx.apply(deleteCards(this.map.id, ids), 'delete')
    this.ctx.clearSelection()
  }

  duplicateSelection(): void {
    const ids = this.selected()
    if (this.map && ids.length > 0) this.ctx.applyCreating(duplicateCards(this.map.id, ids), 'duplicate')
  }

  recolor(ids: readonly string[], color: NoteColor): void {
    if (this.map && ids.length > 0) this.ctx.apply(recolorCards(this.map.id, ids, color), 'colour')
  }

  selectAll(): void {
    if (this.map) this.ctx.select(this.map.cards.map((c) => c.id))
  }

  /** Fills a clipboard event with the selection: our JSON under a custom type, plus plain text. */
  copyTo(data: DataTransfer, cut: boolean): boolean {
    const ids = this.selected()
    if (!this.map || ids.length === 0) return false
    const payload = copyCards(this.map, ids)
    data.setData(CLIPBOARD_MIME, JSON.stringify(payload))
    data.setData('text/plain', payload.cards.map((c) => c.text.replace(/\r?\n/g, ' ')).join('\n'))
    if (cut) {
      this.ctx.apply(deleteCards(this.map.id, ids), 'cut')
      this.ctx.clearSelection()
    }
    return true
  }

  /** Where a paste or a new note goes: the selected cell, after the selected note, or the first cell in view. */
  private insertion() {
    const layout = this.board.scene.layout
    if (!layout) return null
    const s = this.board.deps.selection.getState()
    return insertionPoint(layout, { cardIds: s.selectedCardIds, cell: s.selectedCell }, viewportRect(this.board.camera.get(), this.board.camera.viewport(), 0))
  }

  pasteFrom(data: DataTransfer): boolean {
    const target = this.insertion()
    if (!this.map || !target) return false
    const json = data.getData(CLIPBOARD_MIME)
    if (json) {
      try {
        this.ctx.applyCreating(pasteCards(this.map.id, JSON.parse(json), { stageId: target.stageId, laneId: target.laneId, index: target.index }), 'paste')
        return true
      } catch (error) {
        console.warn('clipboard content was not cards', error)
      }
    }
    const text = data.getData('text/plain')
    if (!text.trim()) return false
    this.ctx.applyCreating(addCardsFromText(this.map.id, { stageId: target.stageId, laneId: target.laneId }, text), 'paste')
    return true
  }

  /** "Add note": a new note in the selected cell (or the first one in view), editor open. */
  addNoteHere(): void {
    const target = this.insertion()
    if (target) this.ctx.edit({ kind: 'new', stageId: target.stageId, laneId: target.laneId })
  }

  /** Edits the single selected note, or starts a note in the selected cell (Enter, F2). */
  editSelection(): void {
    const s = this.board.deps.selection.getState()
    if (s.selectedCardIds.length === 1) this.ctx.edit({ kind: 'card', cardId: s.selectedCardIds[0]! })
    else if (s.selectedCell) this.ctx.edit({ kind: 'new', ...s.selectedCell })
  }

  editCard(cardId: string): void {
    this.ctx.edit({ kind: 'card', cardId })
  }

  renameStage(stageId: string): void {
    this.ctx.edit({ kind: 'stage', stageId })
  }

  renameLane(laneId: string): void {
    this.ctx.edit({ kind: 'lane', laneId })
  }

  stageIndex(stageId: string): number {
    return this.map?.stages.findIndex((s) => s.id === stageId) ?? -1
  }

  laneIndex(laneId: string): number {
    return this.map?.lanes.findIndex((l) => l.id === laneId) ?? -1
  }

  addStageAt(index?: number): void {
    if (!this.map) return
    const id = newId('s')
    if (this.ctx.apply(addStage(this.map.id, { name: this.t('board.newStageName'), index, id }), 'structure')) this.renameStage(id)
  }

  addLaneAt(index?: number): void {
    if (!this.map) return
    const id = newId('l')
    if (this.ctx.apply(addLane(this.map.id, { kind: 'free', title: this.t('board.newLaneTitle'), index, id }), 'structure')) this.renameLane(id)
  }

  addStructureAt(axis: 'stage' | 'lane'): void {
    if (axis === 'stage') this.addStageAt()
    else this.addLaneAt()
  }

  async deleteStageAsk(stageId: string): Promise<void> {
    const map = this.map
    const stage = map?.stages.find((s) => s.id === stageId)
    if (!map || !stage) return
    const count = map.cards.filter((c) => c.stageId === stageId).length
    if (count > 0) {
      const ok = await this.board.deps.confirm({
        title: this.t('board.confirmDeleteStageTitle'),
        message: this.t('board.confirmDeleteStage', { name: stage.name, count }),
        confirmLabel: this.t('board.deleteStage'),
        danger: true,
      })
      if (!ok) return
    }
    this.ctx.apply(deleteStage(map.id, stageId), 'structure')
  }

  async deleteLaneAsk(laneId: string): Promise<void> {
    const map = this.map
    const lane = map?.lanes.find((l) => l.id === laneId)
    if (!map || !lane) return
    const count = map.cards.filter((c) => c.laneId === laneId).length
    if (count > 0) {
      const ok = await this.board.deps.confirm({
        title: this.t('board.confirmDeleteLaneTitle'),
        message: this.t('board.confirmDeleteLane', { name: lane.title || this.t(`lanes.${lane.kind}`), count }),
        confirmLabel: this.t('board.deleteLane'),
        danger: true,
      })
      if (!ok) return
    }
    this.ctx.apply(deleteLane(map.id, laneId), 'structure')
  }

  deleteLink(linkId: string): void {
    if (this.map) this.ctx.apply(deleteLinks(this.map.id, [linkId]), 'link')
  }

  clearEmotion(pointId: string): void {
    if (this.map) this.ctx.apply(deleteEmotionPoint(this.map.id, pointId), 'emotion')
  }

  /** Arrow keys: to the nearest note that way on screen, or to the next cell when a cell is selected. */
  moveSelection(direction: ArrowDirection): void {
    const layout = this.board.scene.layout
    if (!layout) return
    const s = this.board.deps.selection.getState()
    const current = s.selectedCardIds[s.selectedCardIds.length - 1]
    if (current) {
      const next = neighbourCard(layout, current, direction)
      if (next) {
        this.ctx.select([next.cardId])
        this.board.camera.reveal(next.rect)
      }
      return
    }
    if (!s.selectedCell) {
      const first = layout.cards[0]
      if (first) {
        this.ctx.select([first.cardId])
        this.board.camera.reveal(first.rect)
      } else if (layout.cells[0]) this.ctx.selectCell({ stageId: layout.cells[0].stageId, laneId: layout.cells[0].laneId })
      return
    }
    const next = neighbourCell(layout, s.selectedCell, direction)
    if (next) {
      this.ctx.selectCell({ stageId: next.stageId, laneId: next.laneId })
      this.board.camera.reveal(next.rect)
    }
  }

  /** The context menu of the selected note, from the keyboard (Menu key, Shift+F10). */
  openMenuForSelection(): void {
    const layout = this.board.scene.layout
    const id = this.selected()[0]
    const rect = id ? layout?.cardsById.get(id)?.rect : undefined
    if (rect) this.ctx.openContextMenu(toScreen(this.board.camera.get(), { x: rect.x + 10, y: rect.y + 10 }))
  }

  /** Escape on the board: nothing selected, no menu. */
  deselect(): void {
    this.ctx.clearSelection()
    this.ctx.closeContextMenu()
  }
}
