/**
 * A tiny hook for the panels' end-to-end tests, installed on
 * `window.__journeywallTest` ONLY when the page URL has `?test=1`
 * (`host.openWindow({ query: '?test=1' })`). The board is a canvas, so a test
 * cannot click a note in the DOM to select it; `select(ids)` puts ids into the
 * board's selection store exactly as a click would. The app never reads it,
 * and without `?test=1` nothing is installed.
 */
import { useBoard } from '../store/board-store'

export interface PanelTestHooks {
  /** Select these cards of the active map (as shift-clicking them would). */
  select(cardIds: string[]): void
  /** Clear the selection (as clicking empty board would). */
  clearSelection(): void
  /** The map the board shows (null: the first). */
  activeMapId(): string | null
}

declare global {
  interface Window {
    __journeywallTest?: PanelTestHooks
  }
}

export function testHooksEnabled(): boolean {
  return typeof location !== 'undefined' && new URLSearchParams(location.search).get('test') === '1'
}

export function installPanelTestHooks(): void {
  if (!testHooksEnabled() || window.__journeywallTest) return
  window.__journeywallTest = {
    select: (cardIds) => useBoard.getState().selectCards([...cardIds]),
    clearSelection: () => useBoard.getState().clearSelection(),
    activeMapId: () => useBoard.getState().activeMapId,
  }
}
