/**
 * What the user is pointing at on the board: the visible map, the selected
 * cards or cell, the card being edited. Separate from the document so that
 * selecting never dirties the file or enters the undo history.
 */
import { create } from 'zustand'

export interface CellRef {
  stageId: string
  laneId: string
}

export interface BoardState {
  /** The map shown; null means the project's first map. */
  activeMapId: string | null
  selectedCardIds: readonly string[]
  /** A selected empty spot: typing there starts a new card (quick capture). */
  selectedCell: CellRef | null
  editingCardId: string | null
  /** The board's zoom (1 = 100 %), published when a zoom settles — never per frame. */
  zoom: number
  setZoom(zoom: number): void
  setActiveMap(mapId: string | null): void
  selectCards(cardIds: readonly string[]): void
  selectCell(cell: CellRef | null): void
  setEditing(cardId: string | null): void
  clearSelection(): void
}

export const useBoard = create<BoardState>((set) => ({
  activeMapId: null,
  selectedCardIds: [],
  selectedCell: null,
  editingCardId: null,
  zoom: 1,
  setZoom: (zoom) => set({ zoom }),
  setActiveMap: (activeMapId) => set({ activeMapId, selectedCardIds: [], selectedCell: null, editingCardId: null }),
  selectCards: (selectedCardIds) => set({ selectedCardIds, selectedCell: null }),
  selectCell: (selectedCell) => set({ selectedCell, selectedCardIds: [] }),
  setEditing: (editingCardId) => set({ editingCardId }),
  clearSelection: () => set({ selectedCardIds: [], selectedCell: null, editingCardId: null }),
}))
