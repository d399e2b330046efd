/** The print dialog's state: open or not, its choices, and the job being printed right now. */
import { create } from 'zustand'
import { DEFAULT_PRINT_SETTINGS, type PrintSettings } from '../../shared/print'
import type { PrintJob } from './job'

export type PrintStatus =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'done'; message: string; details?: string[] }
  | { kind: 'error'; message: string }
  | { kind: 'png-too-large'; dpi: number; maxDpi: number; width: number; height: number; tiles: number }

export interface PrintState {
  open: boolean
  mapId: string | null
  laneIds: string[] | null
  settings: PrintSettings
  titleBlock: boolean
  legend: boolean
  dpi: number
  /** The job whose pages are in the print view while Chromium prints them. */
  printing: PrintJob | null
  status: PrintStatus
  show(mapId?: string | null): void
  hide(): void
  update(patch: Partial<Pick<PrintState, 'mapId' | 'laneIds' | 'settings' | 'titleBlock' | 'legend' | 'dpi'>>): void
}

export const usePrint = create<PrintState>((set) => ({
  open: false,
  mapId: null,
  laneIds: null,
  settings: DEFAULT_PRINT_SETTINGS,
  titleBlock: true,
  legend: true,
  dpi: 150,
  printing: null,
  status: { kind: 'idle' },
  show: (mapId) => set((s) => ({ open: true, mapId: mapId ?? s.mapId, status: { kind: 'idle' } })),
  hide: () => set({ open: false, status: { kind: 'idle' } }),
  // A new choice makes the last message stale.
  update: (patch) => set((s) => ({ ...patch, status: s.status.kind === 'working' ? s.status : { kind: 'idle' } })),
}))

/** Opens the print & export dialog (the toolbar's "Print & export…" button calls this). */
export function openPrintDialog(mapId?: string | null): void {
  usePrint.getState().show(mapId)
}
