/**
 * The contracts of the test and bench seams (renderer/testing/). They are
 * installed on `window` only when the page URL has `?test=1` (e2e tests) or
 * `?bench=1` (npm run bench); users never get them. Read-only except where a
 * test or the benchmark must act as a scripted user would.
 */
import type { Camera } from '../board/camera/camera'

/** Read-only view of the board for e2e tests: where things are on screen (page px), so tests can point at them. */
export interface BoardStateHook {
  cards(): Array<{ id: string; text: string; stageId: string; laneId: string; x: number; y: number; width: number; height: number }>
  camera(): Camera
  /** Page px of emotion points (lane, stage, score) and of the hollow "no point yet" handles. */
  emotionPoints(): Array<{ id: string; stageId: string; score: number; x: number; y: number }>
  /** Page px of a cell's centre, and of its empty area after the last note. */
  cell(stageId: string, laneId: string): { x: number; y: number; free: { x: number; y: number } } | null
  stageHeader(stageId: string): { x: number; y: number } | null
  linkCount(): number
  /** The link handle of the single selected note, if shown. */
  linkHandle(): { x: number; y: number } | null
  stages(): Array<{ id: string; name: string }>
  lanes(): Array<{ id: string; kind: string; title: string }>
  /** Page px of the centres of the "add stage" and "add lane" buttons. */
  addButtons(): { stage: { x: number; y: number }; lane: { x: number; y: number } } | null
  laneHeader(laneId: string): { x: number; y: number } | null
  /** Page px of a stage's trailing header edge (where dragging resizes it). */
  stageEdge(stageId: string): { x: number; y: number } | null
  /** The board's interaction state (idle, dragging-notes, editing-text…). */
  state(): string
}

/** The contract between the board and `npm run bench`: drive the real board as a scripted user would. */
export interface BoardBenchHooks {
  /** Resolves with performance.now() at the first frame in which the map's cards were drawn. */
  firstRender: Promise<number>
  /** The whole board, in board units. */
  boardBounds(): { x: number; y: number; width: number; height: number }
  getCamera(): Camera
  /** Moves the camera and draws the board synchronously (no animation, no batching). */
  setCamera(camera: Camera): void
  /** Ids of the cards of the shown map. */
  cardIds(): string[]
  /** Opens the in-place text editor on a card, focused, caret at the end. */
  editCard(cardId: string): void
}

/** For the panels' tests: the board is a canvas, so a test selects notes as a click would. */
export interface PanelTestHooks {
  /** Select these cards of the active map (as shift-clicking them would). */
  select(cardIds: string[]): void
  /** Clear the selection (as clicking empty board would). */
  clearSelection(): void
  /** The map the board shows (null: the first). */
  activeMapId(): string | null
}

export type { Camera }

declare global {
  interface Window {
    __journeywallBoardState?: BoardStateHook
    __journeywallBench?: BoardBenchHooks
    __journeywallTest?: PanelTestHooks
  }
}
