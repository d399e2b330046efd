/**
 * The contract between the board and `npm run bench`. The board installs these
 * on `window.__journeywallBench` only when the page URL has `?bench=1`, so the
 * benchmark drives the real board the way a scripted user would, without
 * reaching into React or Konva internals.
 */
export interface Camera {
  /** World coordinate shown at the viewport's top-left corner. */
  x: number
  y: number
  /** Screen pixels per board unit (1 = 100 %). */
  scale: number
}

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

declare global {
  interface Window {
    __journeywallBench?: BoardBenchHooks
  }
}

export function benchEnabled(): boolean {
  return new URLSearchParams(location.search).get('bench') === '1'
}
