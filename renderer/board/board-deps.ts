/**
 * What the board needs from the app, passed in rather than reached as
 * globals: the document (read, subscribe, edit through its history), the
 * selection store, the UI language, a confirmation dialog, and a place to
 * show the context menu. The app wires the real stores (board-view.tsx); a
 * comparison view could give a second board another map and selection.
 */
import type { StoreApi } from 'zustand'
import type { Command } from '../../shared/commands'
import type { Point } from '../../shared/layout'
import type { Project } from '../../shared/model'
import type { BoardState } from '../store/board-store'
import type { ConfirmRequest } from '../services/confirm'

export type TargetKind = 'card' | 'cell' | 'stage' | 'lane' | 'link' | 'emotion'

/** What a context menu (or an action run on the selection) acts on. */
export type BoardTarget =
  | { kind: 'card'; cardIds: string[] }
  | { kind: 'cell'; cell: { stageId: string; laneId: string }; index: number }
  | { kind: 'stage'; stageId: string }
  | { kind: 'lane'; laneId: string }
  | { kind: 'link'; linkId: string }
  | { kind: 'emotion'; pointId: string }

export interface ContextMenuRequest {
  /** Page px. */
  at: Point
  target: BoardTarget
}

export interface DocumentPort {
  project(): Project | null
  subscribe(listener: () => void): () => void
  /** Runs an edit through the history; throws when the command is a caller bug. */
  apply(command: Command, label: string): void
}

export interface LanguagePort {
  t(key: string, options?: Record<string, unknown>): string
  language(): string
  direction(): 'ltr' | 'rtl'
  onChange(listener: () => void): () => void
}

export interface BoardDeps {
  document: DocumentPort
  selection: Pick<StoreApi<BoardState>, 'getState' | 'subscribe'>
  i18n: LanguagePort
  confirm(request: ConfirmRequest): Promise<boolean>
  contextMenu(request: ContextMenuRequest | null): void
}
