/**
 * The contract between the board shell and its interaction states.
 *
 * The board is always in exactly one state (idle, pointing a note, dragging
 * notes, brushing a marquee, panning, pinching, dragging an emotion point,
 * drawing an arrow, pointing/reordering/resizing a header, pressing an add
 * button, editing text). The shell turns DOM events into BoardPointer and
 * BoardKey events and hands them to the current state; the state reads the
 * scene and acts only through BoardContext. States import no Konva, no DOM
 * and no store, so unit tests drive them with scripted event streams and a
 * fake context, and a new mode (voting, presenting, focus) is one new state
 * set as the machine's root.
 */
import type { Command, CreatingCommand } from '../../../shared/commands'
import type { BoardHit, CellRef, EmotionDragPreview, MapLayout, Point, Rect } from '../../../shared/layout'
import type { JourneyMap } from '../../../shared/model'
import type { Camera, Size } from '../camera/camera'
import type { ClickCounter } from '../input/click-counter'

export type PointerKind = 'mouse' | 'pen' | 'touch'

export interface BoardPointer {
  id: number
  type: PointerKind
  /** 0 primary, 1 middle, 2 secondary. */
  button: number
  /** Viewport px from the board's top-left. */
  screen: Point
  /** Board units under the pointer (camera applied). */
  world: Point
  shift: boolean
  /** Ctrl, or ⌘ on macOS. */
  mod: boolean
  alt: boolean
}

export type KeyResult = boolean | 'typing'

export interface BoardKey {
  key: string
  shift: boolean
  mod: boolean
  alt: boolean
  /** An IME composition is under way: the key belongs to it. */
  composing: boolean
}

/** What the in-place editor edits. */
export type EditorTarget =
  | { kind: 'card'; cardId: string }
  | { kind: 'new'; stageId: string; laneId: string; afterCardId?: string }
  | { kind: 'stage'; stageId: string }
  | { kind: 'lane'; laneId: string }
  | { kind: 'emotion'; pointId: string; stageId: string; cardId?: string }

/** Keys of the undo labels (board.undo.*), translated by the shell. */
export type UndoLabel = 'add' | 'edit' | 'move' | 'delete' | 'duplicate' | 'colour' | 'paste' | 'cut' | 'emotion' | 'link' | 'structure'

/** Marks a state asks the scene to draw while it runs (board units). */
export interface ScenePreview {
  /** Notes being dragged, at their dragged rects (arrows follow them). */
  moved?: ReadonlyMap<string, Rect>
  dropIndicator?: Rect | null
  marquee?: Rect | null
  linkDraft?: { fromCardId: string; to: Point } | null
  emotionDrag?: (EmotionDragPreview & { laneId: string }) | null
  /** A stage's or lane's landing bar while it is dragged. */
  headerDrop?: Rect | null
  /** Outlines of a stage or lane at the size being dragged. */
  guides?: Rect[]
}

export interface InteractionState {
  /** Kebab-case name, for the README map, tests and debugging. */
  readonly name: string
  enter?(): void
  exit?(): void
  pointerDown?(e: BoardPointer): void
  pointerMove?(e: BoardPointer): void
  pointerUp?(e: BoardPointer): void
  /** The gesture is abandoned (pointercancel, Escape, lost focus): leave without committing. */
  cancel?(): void
  /**
   * True when the state used the key (nothing else acts on it, the browser
   * neither); 'typing' when the key starts text in an editor the state just
   * opened (nothing else acts on it, but the browser types it there).
   */
  keyDown?(e: BoardKey): KeyResult
  keyUp?(e: BoardKey): void
  preview?(): ScenePreview
  /** Extra marks of a mode on the overlay layer (drawn after the standard ones). */
  drawOverlay?(c: CanvasRenderingContext2D, scale: number): void
}

export interface EditorSpec {
  /** A note's text (multi-line, in the note's own font and colour) or a one-line name/reason. */
  kind: 'note' | 'line'
  value: string
  /** Paper colour behind a note's text. */
  background?: string
  /** i18n key of the field's accessible name (and placeholder for a line). */
  labelKey: string
  placeholderKey?: string
  /** Where the editor sits, in board units (it follows the camera). */
  rect(): Rect | null
  /** Keys typed in the editor; true when the state used it. */
  onKey(key: BoardKey): boolean
  onBlur(): void
}

/** The in-place text editor, as states see it (the DOM part lives in editor/text-editor.ts). */
export interface EditorPort {
  open(spec: EditorSpec): void
  value(): string
  close(): void
}

export interface PointerRecord {
  type: PointerKind
  start: Point
  pos: Point
  /** Landed on a note, a face or a handle (two such fingers never pinch). */
  onTarget: boolean
}

export interface BoardContext {
  readonly layout: MapLayout
  readonly map: JourneyMap
  readonly camera: Camera
  readonly viewport: Size
  readonly selectedCardIds: readonly string[]
  readonly selectedCell: CellRef | null
  /** Pointers now down on the board, by id. */
  readonly pointers: ReadonlyMap<number, PointerRecord>
  /** Space is held: a left press pans. */
  readonly spaceHeld: boolean
  readonly clicks: ClickCounter
  readonly editor: EditorPort

  /** Milliseconds, monotonic (a fake clock in tests). */
  now(): number
  hitAt(world: Point): BoardHit
  select(cardIds: readonly string[]): void
  selectCell(cell: CellRef | null): void
  clearSelection(): void
  /** Runs an edit through the document's history. False when it failed (it is logged). */
  apply(command: Command, label: UndoLabel): boolean
  /** Runs an edit that creates things and selects what it created. */
  applyCreating(command: CreatingCommand, label: UndoLabel): void
  setCamera(camera: Camera): void
  /** Pans (no zoom) so a board rect is in view. */
  reveal(rect: Rect): void
  setSpaceHeld(held: boolean): void
  setCursor(cursor: string): void
  setHover(cardId: string | null): void
  /** Schedules a redraw of what a state's preview changed. */
  redraw(layer: 'background' | 'overlay'): void
  /** Lifts notes onto the drag layer, moves them, puts them back. */
  liftNotes(ids: readonly string[]): void
  moveLiftedNotes(rects: ReadonlyMap<string, Rect>): void
  dropLiftedNotes(): void
  /** The note being written in (selection stays on it; panels may show it). */
  setEditingCard(cardId: string | null): void
  /** Gives the board the keyboard back (after an editor closes). */
  focusBoard(): void
  openContextMenu(screen: Point): void
  closeContextMenu(): void
  /** Adds a stage or lane at the end and opens its name for typing (the add buttons). */
  addStructure(axis: 'stage' | 'lane'): void

  /** The machine's transitions. */
  transition(next: InteractionState): void
  /** Back to the root state (idle, or the mode that replaced it). */
  toRoot(): void
  /** Opens the in-place editor (the editing-text state). */
  edit(target: EditorTarget, initial?: string): void
  /** Hands a press to the state now current (a state that ended on a press). */
  forward(e: BoardPointer): void
}

/** Screen px a press may wander and still count as a click (not a drag). */
export const DRAG_THRESHOLD = 5
