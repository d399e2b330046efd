/**
 * The board's actions: notes, structure, zoom and navigation. Each is
 * defined once (name, keys, context menus, when it can run, what it does)
 * and read by the keyboard, the toolbar, the context menu, the native menu
 * and the command palette. They act on the mounted board (board-handle.ts)
 * through its verbs; targets come from the context menu or the selection.
 */
import type { ArrowDirection } from '../../shared/layout'
import { NOTE_PAPER } from '../../shared/look'
import { NoteColor } from '../../shared/model'
import type { Action, ActionContext, ActionTarget } from '../actions/action'
import { useBoard } from '../store/board-store'
import { activeBoard } from './board-handle'

type Target<K extends ActionTarget['kind']> = Extract<ActionTarget, { kind: K }>

function board() {
  return activeBoard()
}

function hasBoard(): boolean {
  return board()?.scene.map != null
}

function selectedIds(): readonly string[] {
  return useBoard.getState().selectedCardIds
}

/** The notes an action acts on: the context menu's, or the selection. */
function cardTarget(ctx: ActionContext): string[] {
  return ctx.target?.kind === 'card' ? ctx.target.cardIds : [...selectedIds()]
}

/** The stage an action acts on: the context menu's, the selected cell's, or the last selected note's. */
function stageTarget(ctx: ActionContext): string | null {
  if (ctx.target?.kind === 'stage') return ctx.target.stageId
  if (ctx.target) return null
  const s = useBoard.getState()
  if (s.selectedCell) return s.selectedCell.stageId
  const last = s.selectedCardIds[s.selectedCardIds.length - 1]
  return (last && board()?.scene.map?.cards.find((c) => c.id === last)?.stageId) || null
}

function laneTarget(ctx: ActionContext): string | null {
  if (ctx.target?.kind === 'lane') return ctx.target.laneId
  if (ctx.target) return null
  const s = useBoard.getState()
  if (s.selectedCell) return s.selectedCell.laneId
  const last = s.selectedCardIds[s.selectedCardIds.length - 1]
  return (last && board()?.scene.map?.cards.find((c) => c.id === last)?.laneId) || null
}

function only<K extends ActionTarget['kind']>(ctx: ActionContext, kind: K): Target<K> | null {
  return ctx.target?.kind === kind ? (ctx.target as Target<K>) : null
}

const withNotes = (ctx: ActionContext) => hasBoard() && cardTarget(ctx).length > 0

/** A clipboard action from a menu: the board takes the keyboard, then the browser fires the DOM event it handles. */
function clipboard(command: 'cut' | 'copy' | 'paste'): void {
  board()?.focus()
  document.execCommand(command)
}

const move = (direction: ArrowDirection, key: string): Action => ({
  id: `select${direction[0]!.toUpperCase()}${direction.slice(1)}`,
  labelKey: `board.actions.select.${direction}`,
  group: 'navigate',
  keys: [key],
  scope: 'board',
  enabled: hasBoard,
  run: () => board()?.verbs.moveSelection(direction),
})

const colour = (color: NoteColor): Action => ({
  id: `noteColor.${color}`,
  labelKey: 'board.actions.noteColour',
  labelValues: { color: `noteColors.${color}` },
  contextLabelKey: `noteColors.${color}`,
  swatch: NOTE_PAPER[color],
  group: 'note',
  targets: ['card'],
  enabled: withNotes,
  run: (ctx) => board()?.verbs.recolor(cardTarget(ctx), color),
})

export const boardActions: Action[] = [
  {
    id: 'addNote',
    labelKey: 'board.addNote',
    group: 'note',
    keys: ['Mod+Enter'],
    targets: ['cell'],
    enabled: hasBoard,
    run: (ctx) => {
      const cell = only(ctx, 'cell')
      if (cell) useBoard.getState().selectCell(cell.cell)
      board()?.verbs.addNoteHere()
    },
  },
  {
    id: 'editNote',
    labelKey: 'board.actions.editNote',
    contextLabelKey: 'board.edit',
    group: 'note',
    keys: ['Enter', 'F2'],
    scope: 'board',
    targets: ['card'],
    enabled: (ctx) => hasBoard() && (ctx.target ? cardTarget(ctx).length === 1 : selectedIds().length === 1 || useBoard.getState().selectedCell !== null),
    run: (ctx) => {
      const ids = cardTarget(ctx)
      if (ctx.target && ids.length === 1) board()?.verbs.editCard(ids[0]!)
      else board()?.verbs.editSelection()
    },
  },
  { id: 'copy', labelKey: 'board.copy', group: 'edit', keys: ['Mod+C'], nativeKeys: true, targets: ['card'], enabled: withNotes, run: () => clipboard('copy') },
  { id: 'cut', labelKey: 'board.cut', group: 'edit', keys: ['Mod+X'], nativeKeys: true, targets: ['card'], enabled: withNotes, run: () => clipboard('cut') },
  {
    id: 'paste',
    labelKey: 'board.paste',
    group: 'edit',
    keys: ['Mod+V'],
    nativeKeys: true,
    targets: ['cell'],
    enabled: hasBoard,
    run: (ctx) => {
      const cell = only(ctx, 'cell')
      if (cell) useBoard.getState().selectCell(cell.cell)
      clipboard('paste')
    },
  },
  {
    id: 'duplicateNotes',
    labelKey: 'board.actions.duplicateNotes',
    contextLabelKey: 'board.duplicate',
    group: 'note',
    keys: ['Mod+D'],
    scope: 'board',
    targets: ['card'],
    enabled: withNotes,
    run: (ctx) => {
      if (ctx.target?.kind === 'card') useBoard.getState().selectCards(ctx.target.cardIds)
      board()?.verbs.duplicateSelection()
    },
  },
  {
    id: 'zoomToSelection',
    labelKey: 'board.zoomToSelection',
    group: 'view',
    keys: ['Mod+2'],
    targets: ['card'],
    enabled: withNotes,
    run: (ctx) => {
      if (ctx.target?.kind === 'card') useBoard.getState().selectCards(ctx.target.cardIds)
      board()?.zoomToSelection()
    },
  },
  {
    id: 'deleteNotes',
    labelKey: 'board.actions.deleteNotes',
    contextLabelKey: 'board.delete',
    group: 'note',
    keys: ['Delete', 'Backspace'],
    scope: 'board',
    targets: ['card'],
    danger: true,
    enabled: withNotes,
    run: (ctx) => {
      if (ctx.target?.kind === 'card') useBoard.getState().selectCards(ctx.target.cardIds)
      board()?.verbs.deleteSelection()
    },
  },
  ...NoteColor.options.map(colour),
  { id: 'selectAll', labelKey: 'board.actions.selectAll', group: 'edit', keys: ['Mod+A'], enabled: hasBoard, run: () => board()?.verbs.selectAll() },
  { id: 'deselect', labelKey: 'board.actions.deselect', group: 'edit', keys: ['Escape'], scope: 'board', enabled: hasBoard, run: () => board()?.verbs.deselect() },
  move('left', 'ArrowLeft'),
  move('right', 'ArrowRight'),
  move('up', 'ArrowUp'),
  move('down', 'ArrowDown'),
  {
    id: 'openContextMenu',
    labelKey: 'board.actions.openContextMenu',
    group: 'navigate',
    keys: ['ContextMenu', 'Shift+F10'],
    scope: 'board',
    enabled: () => hasBoard() && selectedIds().length > 0,
    run: () => board()?.verbs.openMenuForSelection(),
  },
  // Stages
  {
    id: 'renameStage',
    labelKey: 'board.actions.renameStage',
    contextLabelKey: 'board.rename',
    group: 'structure',
    targets: ['stage'],
    enabled: (ctx) => hasBoard() && stageTarget(ctx) !== null,
    run: (ctx) => board()?.verbs.renameStage(stageTarget(ctx)!),
  },
  {
    id: 'addStageBefore',
    labelKey: 'board.addStageBefore',
    group: 'structure',
    targets: ['stage'],
    enabled: (ctx) => hasBoard() && stageTarget(ctx) !== null,
    run: (ctx) => board()?.verbs.addStageAt(board()!.verbs.stageIndex(stageTarget(ctx)!)),
  },
  {
    id: 'addStageAfter',
    labelKey: 'board.addStageAfter',
    group: 'structure',
    targets: ['stage'],
    enabled: (ctx) => hasBoard() && stageTarget(ctx) !== null,
    run: (ctx) => board()?.verbs.addStageAt(board()!.verbs.stageIndex(stageTarget(ctx)!) + 1),
  },
  {
    id: 'deleteStage',
    labelKey: 'board.deleteStage',
    group: 'structure',
    targets: ['stage'],
    danger: true,
    enabled: (ctx) => hasBoard() && stageTarget(ctx) !== null,
    run: (ctx) => board()?.verbs.deleteStageAsk(stageTarget(ctx)!),
  },
  { id: 'addStage', labelKey: 'board.addStage', group: 'structure', enabled: hasBoard, run: () => board()?.verbs.addStageAt() },
  // Lanes
  {
    id: 'renameLane',
    labelKey: 'board.actions.renameLane',
    contextLabelKey: 'board.rename',
    group: 'structure',
    targets: ['lane'],
    enabled: (ctx) => hasBoard() && laneTarget(ctx) !== null,
    run: (ctx) => board()?.verbs.renameLane(laneTarget(ctx)!),
  },
  {
    id: 'addLaneAbove',
    labelKey: 'board.addLaneAbove',
    group: 'structure',
    targets: ['lane'],
    enabled: (ctx) => hasBoard() && laneTarget(ctx) !== null,
    run: (ctx) => board()?.verbs.addLaneAt(board()!.verbs.laneIndex(laneTarget(ctx)!)),
  },
  {
    id: 'addLaneBelow',
    labelKey: 'board.addLaneBelow',
    group: 'structure',
    targets: ['lane'],
    enabled: (ctx) => hasBoard() && laneTarget(ctx) !== null,
    run: (ctx) => board()?.verbs.addLaneAt(board()!.verbs.laneIndex(laneTarget(ctx)!) + 1),
  },
  {
    id: 'deleteLane',
    labelKey: 'board.deleteLane',
    group: 'structure',
    targets: ['lane'],
    danger: true,
    enabled: (ctx) => hasBoard() && laneTarget(ctx) !== null,
    run: (ctx) => board()?.verbs.deleteLaneAsk(laneTarget(ctx)!),
  },
  { id: 'addLane', labelKey: 'board.addLane', group: 'structure', enabled: hasBoard, run: () => board()?.verbs.addLaneAt() },
  // Arrows and emotions: only from their context menu (they have no selection of their own).
  {
    id: 'deleteLink',
    labelKey: 'board.deleteLink',
    group: 'structure',
    targets: ['link'],
    danger: true,
    enabled: (ctx) => hasBoard() && only(ctx, 'link') !== null,
    run: (ctx) => board()?.verbs.deleteLink(only(ctx, 'link')!.linkId),
  },
  {
    id: 'clearEmotion',
    labelKey: 'board.resetEmotion',
    group: 'structure',
    targets: ['emotion'],
    danger: true,
    enabled: (ctx) => hasBoard() && only(ctx, 'emotion') !== null,
    run: (ctx) => board()?.verbs.clearEmotion(only(ctx, 'emotion')!.pointId),
  },
  // Zoom
  { id: 'zoomIn', labelKey: 'board.zoomIn', group: 'view', keys: ['Mod+=', 'Mod++'], enabled: hasBoard, run: () => board()?.camera.zoomIn() },
  { id: 'zoomOut', labelKey: 'board.zoomOut', group: 'view', keys: ['Mod+-', 'Mod+_'], enabled: hasBoard, run: () => board()?.camera.zoomOut() },
  { id: 'zoomReset', labelKey: 'board.actions.zoomReset', shortLabelKey: 'board.zoomReset', group: 'view', keys: ['Mod+0'], enabled: hasBoard, run: () => board()?.camera.zoomReset() },
  { id: 'zoomToFit', labelKey: 'board.actions.zoomToFit', shortLabelKey: 'board.zoomToFit', group: 'view', keys: ['Mod+1'], enabled: hasBoard, run: () => board()?.zoomToFit() },
]
