/**
 * The real BoardContext: what the interaction states may read and do,
 * backed by the shell (camera, layers, editor), the injected stores and the
 * document's history. Also the sink of the DOM input: events are routed to
 * the current state here, and the context menu is resolved from a hit.
 */
import type { Command, CreatingCommand } from '../../shared/commands'
import { hitTestBoard, linkAtPoint, type BoardHit, type CellRef, type MapLayout, type Point, type Rect } from '../../shared/layout'
import type { JourneyMap } from '../../shared/model'
import type { BoardTarget } from './board-deps'
import type { BoardShell } from './board-shell'
import type { Camera, Size } from './camera/camera'
import { zoomAround, panBy } from './camera/camera'
import { ClickCounter } from './input/click-counter'
import type { InputSink } from './input/board-input'
import { EditingText } from './states/editing-text'
import type { BoardContext, BoardKey, BoardPointer, EditorPort, EditorTarget, InteractionState, PointerRecord, UndoLabel } from './states/state'

export class BoardContextImpl implements BoardContext {
  readonly clicks = new ClickCounter()
  hover: string | null = null
  private space = false

  constructor(private readonly shell: BoardShell) {}

  get layout(): MapLayout {
    return this.shell.scene.layout!
  }

  get map(): JourneyMap {
    return this.shell.scene.map!
  }

  get camera(): Camera {
    return this.shell.camera.get()
  }

  get viewport(): Size {
    return this.shell.camera.viewport()
  }

  private get selection() {
    return this.shell.deps.selection.getState()
  }

  get selectedCardIds(): readonly string[] {
    return this.selection.selectedCardIds
  }

  get selectedCell(): CellRef | null {
    return this.selection.selectedCell
  }

  get pointers(): ReadonlyMap<number, PointerRecord> {
    return this.shell.inputPointers()
  }

  get spaceHeld(): boolean {
    return this.space
  }

  get editor(): EditorPort {
    return this.shell.editor
  }

  now(): number {
    return performance.now()
  }

  /** The note whose arrow handle shows: the single selected note, while nothing is edited or dragged. */
  handleCardId(): string | null {
    const ids = this.selectedCardIds
    const state = this.shell.machine.current.name
    return ids.length === 1 && state !== 'editing-text' && state !== 'dragging-notes' ? ids[0]! : null
  }

  hitAt(world: Point): BoardHit {
    const { layout, map } = this.shell.scene
    if (!layout || !map) return { kind: 'none' }
    return hitTestBoard(layout, map, world, { scale: this.camera.scale, handleCardId: this.handleCardId() })
  }

  select(cardIds: readonly string[]): void {
    this.selection.selectCards(cardIds)
  }

  selectCell(cell: CellRef | null): void {
    this.selection.selectCell(cell)
  }

  clearSelection(): void {
    this.selection.clearSelection()
  }

  setEditingCard(cardId: string | null): void {
    this.selection.setEditing(cardId)
  }

  apply(command: Command, label: UndoLabel): boolean {
    try {
      this.shell.deps.document.apply(command, this.shell.deps.i18n.t(`board.undo.${label}`))
      return true
    } catch (error) {
      console.error('board command failed', error)
      return false
    }
  }

  applyCreating(command: CreatingCommand, label: UndoLabel): void {
    if (this.apply(command, label)) this.select(command.createdIds)
  }

  setCamera(camera: Camera): void {
    this.shell.camera.set(camera)
  }

  reveal(rect: Rect): void {
    this.shell.camera.reveal(rect)
  }

  setSpaceHeld(held: boolean): void {
    this.space = held
  }

  setCursor(cursor: string): void {
    this.shell.setCursor(cursor)
  }

  setHover(cardId: string | null): void {
    if (cardId === this.hover) return
    this.hover = cardId
    this.shell.view.redraw('overlay')
  }

  redraw(layer: 'background' | 'overlay'): void {
    this.shell.view.redraw(layer)
  }

  liftNotes(ids: readonly string[]): void {
    const layout = this.layout
    this.shell.notes.lift(ids, new Map(ids.map((id) => [id, layout.cardsById.get(id)!.rect])))
  }

  moveLiftedNotes(rects: ReadonlyMap<string, Rect>): void {
    this.shell.notes.moveLifted(rects)
  }

  dropLiftedNotes(): void {
    this.shell.notes.dropLifted()
    this.shell.view.redraw('notes')
  }

  focusBoard(): void {
    this.shell.focus()
  }

  openContextMenu(screen: Point): void {
    const target = this.targetAt(this.shell.toWorld(screen))
    this.shell.deps.contextMenu(target ? { at: this.shell.pagePoint(screen), target } : null)
  }

  closeContextMenu(): void {
    this.shell.deps.contextMenu(null)
  }

  addStructure(axis: 'stage' | 'lane'): void {
    this.shell.verbs.addStructureAt(axis)
  }

  transition(next: InteractionState): void {
    this.shell.machine.transition(next)
  }

  toRoot(): void {
    this.shell.machine.toRoot()
  }

  edit(target: EditorTarget, initial?: string): void {
    if (!this.shell.scene.layout) return
    this.shell.machine.transition(new EditingText(this, target, initial))
  }

  forward(e: BoardPointer): void {
    this.shell.machine.pointerDown(e)
  }

  /** What a context menu at a board point acts on; selects it as a right-click does everywhere. */
  targetAt(world: Point): BoardTarget | null {
    const hit = this.hitAt(world)
    switch (hit.kind) {
      case 'card': {
        const id = hit.laid.cardId
        if (!this.selectedCardIds.includes(id)) this.select([id])
        return { kind: 'card', cardIds: [...this.selectedCardIds] }
      }
      case 'emotion':
        return hit.placeholder ? null : { kind: 'emotion', pointId: hit.pointId }
      case 'stage':
      case 'stage-edge':
        return { kind: 'stage', stageId: hit.stageId }
      case 'lane':
      case 'lane-edge':
        return { kind: 'lane', laneId: hit.laneId }
      case 'cell': {
        const link = linkAtPoint(this.layout, world, this.camera.scale)
        if (link) return { kind: 'link', linkId: link.linkId }
        const cell = { stageId: hit.hit.stageId, laneId: hit.hit.laneId }
        this.selectCell(cell)
        return { kind: 'cell', cell, index: hit.hit.index }
      }
      default:
        return null
    }
  }

  /** DOM input → the machine (only while a map is laid out). */
  inputSink(): InputSink {
    const machine = () => this.shell.machine
    const live = () => this.shell.scene.layout !== null && this.shell.scene.map !== null
    return {
      toWorld: (screen) => this.shell.toWorld(screen),
      grabbable: (world) => {
        const kind = this.hitAt(world).kind
        return kind === 'card' || kind === 'emotion' || kind === 'link-handle'
      },
      beforePress: () => {
        this.closeContextMenu()
        this.shell.focus()
      },
      pointerDown: (e) => {
        if (live()) machine().pointerDown(e)
      },
      pointerMove: (e) => {
        if (live()) machine().pointerMove(e)
      },
      pointerUp: (e) => {
        if (live()) machine().pointerUp(e)
      },
      pointerCancel: () => {
        machine().cancel()
      },
      pointerLeave: () => this.setHover(null),
      keyDown: (e: BoardKey) => (live() ? machine().keyDown(e) : false),
      keyUp: (e: BoardKey) => {
        // Space may be let go in any state (mid-pan): the hand is gone either way.
        if (e.key === ' ') this.setSpaceHeld(false)
        machine().keyUp(e)
      },
      wheel: (screen, delta, zoom) => {
        const camera = this.camera
        if (zoom !== null) this.shell.camera.set(zoomAround(camera, camera.scale * Math.exp(-zoom / 300), screen))
        else this.shell.camera.set(panBy(camera, -delta.x, -delta.y))
      },
      contextMenu: (screen) => {
        if (live()) this.openContextMenu(screen)
      },
    }
  }
}
