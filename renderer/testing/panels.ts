/** window.__journeywallTest: the panels' tests select notes as a click on the canvas would. */
import { useBoard } from '../store/board-store'
import type { PanelTestHooks } from './hooks'

export function panelHooks(): PanelTestHooks {
  return {
    select: (cardIds) => useBoard.getState().selectCards([...cardIds]),
    clearSelection: () => useBoard.getState().clearSelection(),
    activeMapId: () => useBoard.getState().activeMapId,
  }
}
