/**
 * A board without a canvas for driving interaction states: the real
 * machine, states, layout and commands; a recorded editor, camera, context
 * menu and note lifting; a fake clock. Pointer helpers script presses the
 * way the DOM input would deliver them (screen = board units at 100 %).
 */
import { applyCommand, type Command, type CreatingCommand } from '../../../shared/commands'
import { hitTestBoard, layoutMap, rectCenter, type BoardHit, type CellRef, type MapLayout, type Point, type Rect } from '../../../shared/layout'
import { makeCard, makeMap, makeProject, type JourneyMap, type Project } from '../../../shared/model'
import type { Camera, Size } from '../../../renderer/board/camera/camera'
import { ClickCounter } from '../../../renderer/board/input/click-counter'
import { EditingText } from '../../../renderer/board/states/editing-text'
import { Idle } from '../../../renderer/board/states/idle'
import { InteractionMachine } from '../../../renderer/board/states/machine'
import type {
  BoardContext,
  BoardKey,
  BoardPointer,
  EditorPort,
  EditorSpec,
  EditorTarget,
  InteractionState,
  PointerKind,
  PointerRecord,
  UndoLabel,
} from '../../../renderer/board/states/state'

export interface Issued {
  label: UndoLabel
  /** The JSON patches the command made: what it changed. */
  changes: string[]
}

class FakeEditor implements EditorPort {
  spec: EditorSpec | null = null
  text = ''
  opened: EditorSpec[] = []
  open(spec: EditorSpec): void {
    this.spec = spec
    this.text = spec.value
    this.opened.push(spec)
  }
  value(): string {
    return this.text
  }
  close(): void {
    this.spec = null
  }
  /** Types into the open editor, then presses a key there. */
  key(key: string, mods: Partial<BoardKey> = {}): boolean {
    if (!this.spec) throw new Error('no editor open')
    return this.spec.onKey({ key, shift: false, mod: false, alt: false, composing: false, ...mods })
  }
}

/** 3 stages × (actions, emotions, pain points); c1, c2 in stage A actions, c3 in stage B actions; one emotion point in A. */
export function sampleProject(): Project {
  const map = makeMap(
    'Sample',
    [{ name: 'A' }, { name: 'B' }, { name: 'C' }],
    [
      { kind: 'actions', title: 'Actions' },
      { kind: 'emotions', title: 'Feelings' },
      { kind: 'pain_points', title: 'Pain' },
    ],
  )
  const [a, b] = map.stages
  const lane = map.lanes[0]!.id
  map.cards = [
    { ...makeCard({ stageId: a!.id, laneId: lane, order: 1, text: 'one' }), id: 'c1' },
    { ...makeCard({ stageId: a!.id, laneId: lane, order: 2, text: 'two' }), id: 'c2' },
    { ...makeCard({ stageId: b!.id, laneId: lane, order: 1, text: 'three' }), id: 'c3' },
  ]
  map.emotionPoints = [{ id: 'e1', stageId: a!.id, score: 0, reason: '' }]
  return makeProject('p', map, new Date(0))
}

export class FakeBoard implements BoardContext {
  project: Project
  layout!: MapLayout
  camera: Camera = { x: 0, y: 0, scale: 1 }
  readonly viewport: Size = { width: 1600, height: 1000 }
  selectedCardIds: readonly string[] = []
  selectedCell: CellRef | null = null
  readonly pointers = new Map<number, PointerRecord>()
  spaceHeld = false
  readonly clicks = new ClickCounter()
  readonly editor = new FakeEditor()
  readonly machine: InteractionMachine
  readonly issued: Issued[] = []
  readonly menus: Point[] = []
  readonly added: Array<'stage' | 'lane'> = []
  lifted: string[] = []
  editingCard: string | null = null
  focused = 0
  clock = 1000

  constructor(project = sampleProject(), private readonly direction: 'ltr' | 'rtl' = 'ltr') {
    this.project = project
    this.relayout()
    this.machine = new InteractionMachine(new Idle(this))
  }

  get map(): JourneyMap {
    return this.project.maps[0]!
  }

  get state(): string {
    return this.machine.current.name
  }

  private relayout(): void {
    this.layout = layoutMap(this.map, { direction: this.direction })
  }

  now(): number {
    return this.clock
  }

  hitAt(world: Point): BoardHit {
    const single = this.selectedCardIds.length === 1 && this.state !== 'editing-text' && this.state !== 'dragging-notes'
    return hitTestBoard(this.layout, this.map, world, { scale: this.camera.scale, handleCardId: single ? this.selectedCardIds[0] : null })
  }

  select(ids: readonly string[]): void {
    this.selectedCardIds = [...ids]
    this.selectedCell = null
  }

  selectCell(cell: CellRef | null): void {
    this.selectedCell = cell
    this.selectedCardIds = []
  }

  clearSelection(): void {
    this.selectedCardIds = []
    this.selectedCell = null
  }

  setEditingCard(cardId: string | null): void {
    this.editingCard = cardId
  }

  apply(command: Command, label: UndoLabel): boolean {
    const result = applyCommand(this.project, command, label)
    this.issued.push({ label, changes: result.patches.map((p) => `${p.op} ${p.path.join('.')}`) })
    this.project = result.project
    this.relayout()
    return true
  }

  applyCreating(command: CreatingCommand, label: UndoLabel): void {
    if (this.apply(command, label)) this.select(command.createdIds)
  }

  setCamera(camera: Camera): void {
    this.camera = camera
  }

  reveal(): void {}

  setSpaceHeld(held: boolean): void {
    this.spaceHeld = held
  }

  setCursor(): void {}
  setHover(): void {}
  redraw(): void {}

  liftNotes(ids: readonly string[]): void {
    this.lifted = [...ids]
  }

  moveLiftedNotes(): void {}

  dropLiftedNotes(): void {
    this.lifted = []
  }

  focusBoard(): void {
    this.focused++
  }

  openContextMenu(screen: Point): void {
    this.menus.push(screen)
  }

  closeContextMenu(): void {}

  addStructure(axis: 'stage' | 'lane'): void {
    this.added.push(axis)
  }

  transition(next: InteractionState): void {
    this.machine.transition(next)
  }

  toRoot(): void {
    this.machine.toRoot()
  }

  edit(target: EditorTarget, initial?: string): void {
    this.machine.transition(new EditingText(this, target, initial))
  }

  forward(e: BoardPointer): void {
    this.machine.pointerDown(e)
  }

  // ---------------------------------------------------------------- scripting

  card(id: string) {
    return this.layout.cardsById.get(id)!
  }

  cardIn(stage: number, lane: number) {
    return this.map.cards.filter((c) => c.stageId === this.map.stages[stage]!.id && c.laneId === this.map.lanes[lane]!.id)
  }

  cellCentre(stage: number, lane: number): Point {
    return rectCenter(this.layout.cellsByKey.get(`${this.map.stages[stage]!.id}\u0000${this.map.lanes[lane]!.id}`)!.rect)
  }

  centreOf(rect: Rect): Point {
    return rectCenter(rect)
  }

  private pointer(id: number, at: Point, type: PointerKind, extra: Partial<BoardPointer>): BoardPointer {
    const world = { x: this.camera.x + at.x / this.camera.scale, y: this.camera.y + at.y / this.camera.scale }
    return { id, type, button: 0, screen: at, world, shift: false, mod: false, alt: false, ...extra }
  }

  /** Presses at a board point (at 100 %, screen = board), as the DOM input delivers it. */
  down(at: Point, options: { id?: number; type?: PointerKind } & Partial<BoardPointer> = {}): void {
    const { id = 1, type = 'mouse', ...extra } = options
    const e = this.pointer(id, at, type, extra)
    const kind = this.hitAt(e.world).kind
    this.pointers.set(id, { type, start: at, pos: at, onTarget: kind === 'card' || kind === 'emotion' || kind === 'link-handle' })
    this.machine.pointerDown(e)
  }

  move(at: Point, options: { id?: number; type?: PointerKind } & Partial<BoardPointer> = {}): void {
    const { id = 1, type = 'mouse', ...extra } = options
    const p = this.pointers.get(id)
    if (p) p.pos = at
    this.machine.pointerMove(this.pointer(id, at, type, extra))
  }

  /** Moves in small steps, as a hand does. */
  drag(from: Point, to: Point, options: { id?: number; type?: PointerKind } & Partial<BoardPointer> = {}): void {
    for (let i = 1; i <= 6; i++) this.move({ x: from.x + ((to.x - from.x) * i) / 6, y: from.y + ((to.y - from.y) * i) / 6 }, options)
  }

  up(at: Point, options: { id?: number; type?: PointerKind } & Partial<BoardPointer> = {}): void {
    const { id = 1, type = 'mouse', ...extra } = options
    this.pointers.delete(id)
    this.machine.pointerUp(this.pointer(id, at, type, extra))
  }

  click(at: Point, options: Partial<BoardPointer> = {}): void {
    this.down(at, options)
    this.up(at, options)
    this.clock += 100
  }

  doubleClick(at: Point): void {
    this.click(at)
    this.click(at)
  }

  key(key: string, mods: Partial<BoardKey> = {}) {
    return this.machine.keyDown({ key, shift: false, mod: false, alt: false, composing: false, ...mods })
  }

  keyUp(key: string): void {
    this.machine.keyUp({ key, shift: false, mod: false, alt: false, composing: false })
  }
}

export { rectCenter }
