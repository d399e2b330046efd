/**
 * The board shown in this window, for whatever acts on it from outside the
 * canvas: the board's actions (keys, toolbar, menus, palette) and the test
 * seams. Type-only import of the shell, so this stays free of Konva.
 */
import { useSyncExternalStore } from 'react'
import type { BoardShell } from './board-shell'

let active: BoardShell | null = null
const listeners = new Set<() => void>()

export function activeBoard(): BoardShell | null {
  return active
}

export function setActiveBoard(board: BoardShell | null): void {
  active = board
  for (const l of listeners) l()
}

export function onActiveBoard(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** The mounted board, re-rendering when it mounts or unmounts. */
export function useActiveBoard(): BoardShell | null {
  return useSyncExternalStore(onActiveBoard, activeBoard)
}
